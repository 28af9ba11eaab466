"""The slide rules, in one place. A chapter's deck is: a title slide (title, duration,
objectives); per `##` section one slide with its title and summary box; one slide per figure,
per case box (its title and first sentences, or the paragraph the author marks `.slide`) and per
self-check question (the scenario; the answer travels hidden); a closing slide with the key
points. A trainer note belongs to the slide just before it. Authors mark a block `.slide` to add
it to its section's slide, and a figure, case or question `.no-slide` to leave it out.

Slides are copies of the page's own elements, so no word can be lost or altered on the way."""
from __future__ import annotations

import copy
import re
import xml.etree.ElementTree as etree
from dataclasses import dataclass, field

ADD, LEAVE_OUT = "slide", "no-slide"            # the authors' markers (classes), CONTRIBUTING.md
EXCERPT_WORDS = 40                             # a case's excerpt: whole sentences up to this
SENTENCE_END = re.compile(r"[.!?…](?:[\s\u00a0\u202f]*[»”\")\]])*(?=\s)")


@dataclass
class Slide:
    kind: str                       # title, section, figure, case, question, closing
    section: str                    # the id of its ## section ("" before the first)
    element: etree.Element
    notes: list = field(default_factory=list)
    title: str = ""


def classes(element) -> set[str]:
    return set((element.get("class") or "").split())


def text_of(element) -> str:
    # ordinary spaces only: the no-break spaces of the language's typography stay
    return re.sub(r"[ \t\r\n]+", " ", "".join(element.itertext())).strip()


def words(element) -> int:
    return len(text_of(element).split())


def dropped(node) -> bool:
    return bool(classes(node) & {"headerlink", "trainer"})


def clean(element):
    """A copy for a slide: no ids (they stay the page's), no permalinks, no trainer notes."""
    element = copy.deepcopy(element)
    for parent in list(element.iter()):
        for child in [c for c in parent if dropped(c)]:
            index = list(parent).index(child)
            if child.tail:   # the text after it stays
                if index:
                    parent[index - 1].tail = (parent[index - 1].tail or "") + child.tail
                else:
                    parent.text = (parent.text or "") + child.tail
            parent.remove(child)
    for node in element.iter():
        for name in ("id", "aria-labelledby", "aria-describedby", "for"):
            node.attrib.pop(name, None)
    return element


def heading(tag: str, source, css: str):
    """A slide title with the content of the page's heading (inline elements kept)."""
    title = clean(source)
    title.tag = tag
    title.attrib.clear()
    title.set("class", css)
    title.tail = None
    return title


def excerpt(paragraph, limit: int = EXCERPT_WORDS):
    """The paragraph's first whole sentences, up to `limit` words (at least one sentence)."""
    cut = clean(paragraph)
    if words(cut) <= limit:
        return cut
    # a sentence may end in the paragraph's own text or in the text after an inline element
    segments = [(cut, "text")] + [(child, "tail") for child in cut]
    best, counted = None, 0
    for index, (node, attr) in enumerate(segments):
        if attr == "tail":
            counted += words(node)
        text = getattr(node, attr) or ""
        for match in SENTENCE_END.finditer(text):
            upto = counted + len(text[:match.end()].split())
            if best is None or upto <= limit:
                best = (index, match.end())
            if upto > limit:
                break
        counted += len(text.split())
        if counted > limit and best:
            break
    if best is None:
        return cut
    index, end = best
    node, attr = segments[index]
    setattr(node, attr, getattr(node, attr)[:end])
    for child, _ in segments[index + 1:]:
        cut.remove(child)
    cut.set("class", " ".join(sorted(classes(cut) | {"slide__excerpt"})))
    return cut


def section_element(kind: str, section: str) -> etree.Element:
    element = etree.Element("section")
    element.set("class", f"slide slide--{kind}")
    element.set("data-section", section)
    return element


def question_slide(box, section: str) -> Slide:
    element = section_element("question", section)
    body = clean(box)
    answers = [child for child in body if child.tag == "details" and "answer" in classes(child)]
    for details in answers:
        body.remove(details)
        hidden = etree.SubElement(element, "div")
        hidden.set("class", "slide__answer")
        for child in details:
            if child.tag != "summary":
                hidden.append(child)
    element.insert(0, body)
    title = next((c for c in box if "admonition-title" in classes(c)), None)
    return Slide("question", section, element, title=text_of(title) if title is not None else "")


def case_slide(box, section: str) -> Slide:
    element = section_element("case", section)
    title = next((c for c in box if "admonition-title" in classes(c)), None)
    body = etree.SubElement(element, "div")
    body.set("class", " ".join(sorted(classes(box))))
    if title is not None:
        body.append(clean(title))
    marked = [c for c in box if ADD in classes(c)]
    paragraphs = [c for c in box if c.tag == "p" and "admonition-title" not in classes(c)]
    for part in marked or [excerpt(p) for p in paragraphs[:1]]:
        body.append(clean(part) if marked else part)
    return Slide("case", section, element, title=text_of(title) if title is not None else "")


def figure_slide(figure, section: str, section_title) -> Slide:
    element = section_element("figure", section)
    if section_title is not None:
        kicker = heading("p", section_title, "slide__kicker")
        element.append(kicker)
    element.append(clean(figure))
    caption = figure.find("figcaption")
    return Slide("figure", section, element, title=text_of(caption) if caption is not None else "")


def build(root, meta: dict, labels: dict) -> list[Slide]:
    """The deck of a page whose Markdown tree is `root`, with its front matter `meta`."""
    title = section_element("title", "")
    # not an <h1>: Material prints the page's own title only when the content has none
    chapter_title = etree.SubElement(title, "h2")
    chapter_title.set("class", "slide__title slide__title--chapter")
    chapter_title.text = str(meta.get("title", ""))
    if meta.get("duration"):
        duration = etree.SubElement(title, "p")
        duration.set("class", "slide__duration")
        duration.text = f"{labels['duration']} "
        strong = etree.SubElement(duration, "strong")
        strong.text = f"{meta['duration']} {labels['minutes']}"
    if meta.get("objectives"):
        add_list(title, labels["objectives"], meta["objectives"])
    deck = [Slide("title", "", title, title=chapter_title.text)]
    section, section_title, summarised = "", None, True
    for child in root:
        css = classes(child)
        if child.tag == "h2" and child.get("id"):
            section, section_title = child.get("id"), child
            element = section_element("section", section)
            element.append(heading("h2", child, "slide__title"))
            deck.append(Slide("section", section, element, title=text_of(clean(child))))
            summarised = False
        elif LEAVE_OUT in css:
            continue
        elif "trainer" in css:
            deck[-1].notes.append(child)
        elif not section:
            continue   # the opening text belongs to the reading page
        elif child.tag == "figure":
            deck.append(figure_slide(child, section, section_title))
        elif "admonition" in css and "question" in css:
            deck.append(question_slide(child, section))
        elif "admonition" in css and "example" in css:
            deck.append(case_slide(child, section))
        elif ("summary" in css and not summarised) or ADD in css:
            summarised = summarised or "summary" in css
            owner = next(s for s in reversed(deck) if s.kind == "section")
            owner.element.append(clean(child))
    if meta.get("keypoints"):
        closing = section_element("closing", "")
        add_list(closing, labels["keypoints"], meta["keypoints"], tag="h2")
        deck.append(Slide("closing", "", closing, title=labels["keypoints"]))
    return deck


def add_list(parent, title: str, items, tag: str = "p"):
    head = etree.SubElement(parent, tag)
    head.set("class", "slide__list-title" if tag == "p" else "slide__title")
    head.text = title
    ul = etree.SubElement(parent, "ul")
    for item in items:
        etree.SubElement(ul, "li").text = str(item)


def element(deck: list[Slide], duration) -> etree.Element:
    """The deck as the page carries it: inert in a <template>, read by projection.js."""
    template = etree.Element("template")
    template.set("class", "projection-deck")
    template.set("data-search-exclude", "")   # the slides repeat the page: search it once
    if duration:
        template.set("data-duration", str(duration))
    for number, slide in enumerate(deck, start=1):
        slide.element.set("data-number", str(number))
        if slide.notes:
            notes = etree.SubElement(slide.element, "div")
            notes.set("class", "slide__notes")
            for note in slide.notes:
                copy_ = copy.deepcopy(note)
                for node in copy_.iter():
                    node.attrib.pop("id", None)
                notes.append(copy_)
        template.append(slide.element)
    return template
