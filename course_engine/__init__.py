"""The course engine: what turns the Markdown, the data files and the strings of every language into
the course site and its outputs.

- Markdown extensions (run in any Python-Markdown pipeline, MkDocs or Zensical): citations,
  glossary terms, typography, lesson blocks.
- MkDocs plugins (typed config, state on the instance, registered as entry points): languages
  and parity, glossary and bibliography pages, lessons (front matter), search, hardening.
- Outputs built from the finished site: the PDFs (`course_engine.outputs`).
"""
