"""The copies of Material's templates in overrides/ differ from the installed Material only by the
change they are there for: a Material upgrade that touches them fails here, not silently."""
from __future__ import annotations

from pathlib import Path

import material

from conftest import ROOT

MATERIAL = Path(material.__file__).parent / "templates"


def test_nav_item_is_materials_but_for_the_empty_tabindex():
    ours = (ROOT / "overrides" / "partials" / "nav-item.html").read_text(encoding="utf-8")
    theirs = (MATERIAL / "partials" / "nav-item.html").read_text(encoding="utf-8")
    comment, _, body = ours.partition("\n")
    assert comment.startswith("{#-") and "tabindex" in comment
    old = ' tabindex="{{ tabindex }}"'
    assert theirs.count(old) == 2, "Material's nav-item.html changed: review overrides/partials/nav-item.html"
    assert body == theirs.replace(old, '{% if tabindex %} tabindex="{{ tabindex }}"{% endif %}'), (
        "overrides/partials/nav-item.html is no longer Material's with the one change: update the copy")


def block(template: str, name: str) -> str:
    """A block of a template, from its opening tag to its first {% endblock %}, dedented."""
    lines = template.splitlines()
    start = next(i for i, line in enumerate(lines) if f"{{% block {name} %}}" in line)
    end = next(i for i in range(start, len(lines)) if lines[i].strip() == "{% endblock %}")
    indent = len(lines[start]) - len(lines[start].lstrip())
    return "\n".join(line[indent:] for line in lines[start:end + 1])


def test_site_meta_is_materials_but_for_the_escaped_text():
    ours = block((ROOT / "overrides" / "main.html").read_text(encoding="utf-8"), "site_meta")
    theirs = block((MATERIAL / "base.html").read_text(encoding="utf-8"), "site_meta")
    for text in ("page.meta.description", "config.site_description", "page.meta.author", "config.site_author"):
        assert theirs.count(f"{{{{ {text} }}}}") == 1, f"Material's site_meta changed around {text}"
        theirs = theirs.replace(f"{{{{ {text} }}}}", f"{{{{ {text} | e }}}}")
    assert ours == theirs, "overrides/main.html's site_meta is no longer Material's with | e: update the copy"
