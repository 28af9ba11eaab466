"""What differs between the two PDF editions of the course.

Trainee edition: the self-check answers leave their questions for an appendix ("Corrigés"), each
question linking to its answer and back, so that a printout does not give them away.
Trainer edition: the answers stay under their questions, the trainer notes are printed, and each
chapter opens with its session plan (sections, their slides on the screen, their pages)."""
from __future__ import annotations

from dataclasses import dataclass
from html import escape

from . import page_numbers, plain_text


@dataclass
class Answer:
    id: str            # the answer's anchor in the appendix
    question_id: str   # its question's anchor in the chapter
    title: str         # the question's title: "Question 1 — Un technicien s'installe"
    body: str          # the answer's content, without its "see the answer" summary


def gather_answers(article, slug: str, words: dict, paper: bool = True) -> list[Answer]:
    """Take every question's answer out of a chapter (ids already made unique, links resolved);
    leave in its place a link to the answer: "Réponse : voir p. 52" on paper (page_numbers.py),
    "Voir la réponse" in the EPUB."""
    found = []
    for n, question in enumerate(article.select(".admonition.question"), start=1):
        answer = question.select_one("details.answer")
        if answer is None:
            continue
        question["id"] = question.get("id") or f"{slug}--question-{n}"
        title = question.select_one(".admonition-title")
        summary = answer.find("summary")
        if summary:
            summary.decompose()
        item = Answer(id=f"{slug}--answer-{n}", question_id=question["id"],
                      title=plain_text(title) if title else "",
                      body=answer.decode_contents())
        link = article.new_tag("p", attrs={"class": "answer-ref"})
        anchor = article.new_tag("a", attrs={"href": f"#{item.id}"})
        if paper:
            anchor.append(words["answer_ref"] + "\u00a0")
            anchor.append(page_numbers.reference(article, item.id))
        else:
            anchor.string = words["answer_link"]
        link.append(anchor)
        answer.replace_with(link)
        found.append(item)
    return found


def answers_page(chapters, words: dict, paper: bool = True) -> str:
    """The appendix of answers, chapter by chapter, each answer linking back to its question."""
    parts = []
    for chapter in chapters:
        if not chapter.answers:
            continue
        if not parts:
            parts.append(f'<p class="answers-intro">{escape(words["answers_intro"])}</p>')
        parts.append(f'<h2 id="{chapter.slug}--answers">{escape(chapter.title)}</h2>')
        for answer in chapter.answers:
            parts.append(
                f'<div class="answer" id="{answer.id}">'
                f'<h3>{escape(answer.title)}</h3>{answer.body}'
                f'<p class="answer-back"><a href="#{answer.question_id}">'
                + (f'{escape(words["answer_back"])}\u00a0{page_numbers.html(answer.question_id)}' if paper
                   else escape(words["answer_back_link"]))
                + '</a></p></div>')
    return "".join(parts)


OPENING, CLOSING = "", "(closing)"   # slide_ranges' keys of the title slide and of the key points
KEYPOINTS = "lesson-keypoints"       # the id of the key points heading (overrides/partials/lesson-footer.html)


def slide_ranges(deck) -> dict[str, tuple[int, int]]:
    """{section id: (first slide, last slide)} from a chapter's projection deck; the title slide
    under OPENING, the closing slide (key points) under CLOSING."""
    ranges: dict[str, tuple[int, int]] = {}
    for slide in deck.select("section.slide[data-number]") if deck else []:
        section, number = slide.get("data-section", ""), int(slide["data-number"])
        if "slide--closing" in slide.get("class", []):
            section = CLOSING
        first, _ = ranges.get(section, (number, number))
        ranges[section] = (first, number)
    return ranges


def _slides_label(first: int, last: int, words: dict) -> str:
    if first == last:
        return words["slide_one"].format(n=first)
    return words["slide_pair" if last == first + 1 else "slide_range"].format(first=first, last=last)


def session_plan(chapter, words: dict) -> str:
    """A table at the head of a chapter: each section, its slides and its page, and the chapter's
    duration; the minute-by-minute timing is in the chapter's first trainer note."""
    if not chapter.slides:
        return ""
    sections = [(OPENING, words["plan_opening"], chapter.slug)]
    sections += [(id_, heading, f"{chapter.slug}--{id_}") for id_, heading in chapter.sections]
    sections += [(CLOSING, words["plan_closing"], f"{chapter.slug}--{KEYPOINTS}")]
    rows = [(heading, _slides_label(*chapter.slides[id_], words), target)
            for id_, heading, target in sections if id_ in chapter.slides]
    total = max(last for _, last in chapter.slides.values())
    caption = words["plan"].format(minutes=chapter.duration, slides=total) if chapter.duration else \
        words["plan_no_duration"].format(slides=total)
    body = "".join(
        f'<tr><td>{escape(name)}</td><td>{escape(slides)}</td>'
        f'<td>{page_numbers.html(target) if target else ""}</td></tr>'
        for name, slides, target in rows)
    return (f'<table class="session-plan"><caption>{escape(caption)}</caption><thead><tr>'
            f'<th>{escape(words["plan_section"])}</th><th>{escape(words["plan_slides"])}</th>'
            f'<th>{escape(words["plan_page"])}</th></tr></thead><tbody>{body}</tbody></table>')


def mark_section_slides(article, chapter, words: dict) -> None:
    """Under each section's heading, the slides that show it on the screen."""
    for section_id, (first, last) in chapter.slides.items():
        heading = article.find(id=f"{chapter.slug}--{section_id}") if section_id else None
        if heading is None or heading.name != "h2":
            continue
        label = article.new_tag("p", attrs={"class": "slide-ref"})
        label.string = _slides_label(first, last, words)
        heading.insert_after(label)
