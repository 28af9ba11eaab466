"""Projection mode (issues 5 and 13): the deck the build wrote into each chapter, shown in place
in every language, the same on every screen, with a presenter view; and the trainers' corner
worksheets in print.

One build serves the whole file: a copy of the project plus a test-only chapter (long sections,
big and wide tables, a tall figure, a figure left out, long lists, a long case box, a question
with its answer and trainer notes), so that the slide rules and the fitting are proven on shapes
the real chapters may not have yet.
"""
from __future__ import annotations

import gzip
import re
import unicodedata

import pytest
import yaml

import course
from conftest import copy_project, mkdocs_build, serve
from course_engine import site
from pages import home, meta, plain, trainers_page
from workshop_build import page_title

pytestmark = pytest.mark.browser

FIXTURE = "projection-essai.md"
VIEWPORTS = {"720p": (1280, 720), "1080p": (1920, 1080), "768p": (1024, 768)}
CHAPTERS = course.chapters()


def ui(lang: str) -> dict:
    """The projection's words in a language (data/strings/<lang>.yml, key projection)."""
    return course.words()[lang]["projection"]


def url(lang: str, page: str) -> str:
    return course.url(lang, page)


# ---- The test-only chapter ------------------------------------------------------------------

# Its text is the same in every language, in no language of the course (only its shape matters
# to splitting and fitting); the words of the interface come from each language's strings.
TEXT = {
    "title": "Pagina probationis", "objective": "Obiectivum numero {n} legibile manet etiam cum index "
    "obiectivorum longus est et quodque obiectivum plures lineas in tabula occupat.", "keypoint":
    "Punctum clavis numero {n} in ultima tabula manet, cum ceteris.", "sentence": "Lorem ipsum "
    "sententia numero {n} dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor "
    "incididunt ut labore.", "short": "Sectio brevis", "long": "Sectio longissima", "table": "Tabula "
    "magna", "wide": "Tabula latissima", "figure": "Figura alta", "lists": "Indices longi", "case":
    "Casus longissimus", "subs": "Subsectiones", "giant": "Paragraphus ingens", "sub": "Subsectio",
    "summary": "Summa", "point": "Punctum summae numero {n}.", "marked": "Sententia ad tabulam "
    "addita, quia auctor eam notavit.", "scenario": "Casus quaestionis: quid facis, si lac acescit?",
    "trainer": "Nota magistri", "note": "Praeceptum magistro soli, sectio {n}, numquam in tabula "
    "ostendendum.", "case_title": "Casus, exemplum longum", "question": "Quaestio 1 — num haec "
    "quaestio sine responso ostenditur", "show": "Responsum videre", "answer": "**Responsum** ita, responsum in conspectu "
    "praesentatoris manet.", "left_out": "Figura 2 — Figura in tabulis omissa.", "cell": "cellula", "caption": "Figura 1 — Figura altior quam lata, ad "
    "probationem.", "alt": "Rectangulum erectum marginatum, cum titulo supra et altero infra.",
}


def fixture_page() -> str:
    w = TEXT
    said = iter(range(1, 10_000))

    def para(sentences: int) -> str:
        return " ".join(w["sentence"].format(n=next(said)) for _ in range(sentences))

    def trainer(n: int) -> str:
        return f'??? trainer "{w["trainer"]} {n}"\n\n    {w["note"].format(n=n)}\n'

    rows = "\n".join(f"| {i} | {para(1)} | {w['cell']} {i}b | {w['cell']} {i}c |" for i in range(1, 31))
    wide_head = "| " + " | ".join(f"{w['cell']}-{c}" for c in range(1, 10)) + " |"
    wide_row = "| " + " | ".join("anticonstitutionnellement" * 2 for _ in range(9)) + " |"
    case_body = "\n\n".join("    " + para(3) for _ in range(8))
    front = {"title": w["title"], "description": w["title"], "sequence": 9, "duration": 10,
             "objectives": [w["objective"].format(n=n) for n in range(1, 6)],
             "keypoints": [w["keypoint"].format(n=n) for n in range(1, 7)],
             "terms": list(course.glossary().entries)[:2]}
    return f"""---
{yaml.safe_dump(front, allow_unicode=True, sort_keys=False)}---

{para(3)}

## {w["short"]} {{#courte}}

!!! summary "{w["summary"]}"

    - {w["point"].format(n=1)}
    - {w["point"].format(n=2)}

{para(2)}

{trainer(1)}
## {w["long"]} {{#longue}}

{chr(10).join(para(4) + chr(10) for _ in range(12))}
{w["marked"]}
{{: .slide }}

{trainer(2)}
## {w["table"]} {{#tableau}}

| # | A | B | C |
| --- | --- | --- | --- |
{rows}

## {w["wide"]} {{#large}}

{wide_head}
|{" --- |" * 9}
{wide_row}
{wide_row}

## {w["figure"]} {{#figure}}

<figure markdown="span" id="fig-essai">
  ![{w["alt"]}](figures/projection-essai.svg){{ width="600" }}
  <figcaption markdown>{w["caption"]}</figcaption>
</figure>

<figure markdown="span" class="no-slide">
  ![{w["alt"]}](figures/projection-essai.svg){{ width="300" }}
  <figcaption markdown>{w["left_out"]}</figcaption>
</figure>

## {w["lists"]} {{#listes}}

{chr(10).join(f"- {para(1)}" for _ in range(25))}

{para(1)}

{chr(10).join(f"{i}. {para(1)}" for i in range(1, 21))}

## {w["case"]} {{#cas}}

!!! example "{w["case_title"]}"

{case_body}

!!! question "{w["question"]}"

    {w["scenario"]}

    ??? answer "{w["show"]}"

        {w["answer"]}

{trainer(3)}
## {w["subs"]} {{#sous-sections}}

### {w["sub"]} A {{#sous-a}}

{para(5)}

### {w["sub"]} B {{#sous-b}}

{para(5)}

### {w["sub"]} C {{#sous-c}}

{para(5)}

## {w["giant"]} {{#geant}}

{para(40)}
"""


FIGURE = """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 600 900" role="img">
<title>{label}</title><desc>{label}</desc>
<rect width="600" height="900" fill="#fff" stroke="#0b5566" stroke-width="8"/>
<text x="300" y="80" font-size="40" text-anchor="middle" font-family="system-ui, sans-serif">{label}</text>
<text x="300" y="850" font-size="40" text-anchor="middle" font-family="system-ui, sans-serif">{label}</text>
</svg>
"""


@pytest.fixture(scope="module")
def projection_site(tmp_path_factory):
    """The project plus the test-only chapter, built once with --strict; (folder, http url)."""
    project = copy_project(tmp_path_factory.mktemp("projection-project"))
    for lang in course.LANGS:
        (project / "docs" / lang / FIXTURE).write_text(fixture_page(), encoding="utf-8")
        figures = project / "docs" / lang / "figures"
        figures.mkdir(exist_ok=True)
        (figures / "projection-essai.svg").write_text(FIGURE.format(label=TEXT["title"]), encoding="utf-8")
    # In the nav, right after the last chapter, at the same depth.
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    last = re.compile(rf"^(?P<indent>[ \t]*- ){re.escape(CHAPTERS[-1])}\n", re.M)
    assert len(last.findall(text)) == 1, f"the nav of mkdocs.yml does not list {CHAPTERS[-1]} once: update this fixture"
    config.write_text(last.sub(lambda m: m.group(0) + m["indent"] + FIXTURE + "\n", text), encoding="utf-8")
    dest = tmp_path_factory.mktemp("projection-build") / "site"
    result = mkdocs_build(dest, project=project)
    assert result.returncode == 0, f"strict build failed:\n{result.stdout}\n{result.stderr}"
    server, base = serve(dest)
    yield dest, base
    server.shutdown()


@pytest.fixture
def site_url(projection_site):
    return projection_site[1]


# ---- Helpers reading what the browser shows ---------------------------------------------------

def counter(page) -> tuple[int, int]:
    text = page.locator(".projection__counter").inner_text()
    number, total = (int(x) for x in text.split("/"))
    return number, total


def visible_slide(page):
    return page.locator(".projection__slide:not([hidden])")


def open_projection(page, address: str, slide: int | None = None):
    page.goto(address + (f"?projection={slide}" if slide else ""))
    if not slide:
        page.keyboard.press("m")
    visible_slide(page).wait_for()


SLIDE_JS = """() => {
  const slide = document.querySelector('.projection__slide:not([hidden])'), body = slide.firstChild;
  const box = slide.getBoundingClientRect();
  const problems = [];
  if (body.scrollHeight > body.clientHeight + 1) problems.push('slide taller than the screen');
  if (body.scrollWidth > body.clientWidth + 1) problems.push('slide wider than the screen');
  for (const el of slide.querySelectorAll('*')) {
    const r = el.getBoundingClientRect();
    if (!r.width && !r.height) continue;
    if (r.bottom > box.bottom + 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.left < box.left - 1)
      problems.push('outside the slide: ' + el.tagName + ' ' + el.textContent.slice(0, 40));
    const style = getComputedStyle(el);
    if ((/(auto|scroll)/.test(style.overflowY) && el.scrollHeight > el.clientHeight + 1) ||
        (/(auto|scroll)/.test(style.overflowX) && el.scrollWidth > el.clientWidth + 1))
      problems.push('scrolls inside: ' + el.tagName + '.' + el.className);
  }
  const answer = slide.querySelector('.slide__answer');
  return {counter: document.querySelector('.projection__counter').textContent, problems,
          text: slide.innerText, trainer: slide.querySelectorAll('.trainer, .slide__notes').length,
          kind: slide.className.match(/slide--(\\w+)/)[1], fit: parseFloat(slide.style.getPropertyValue('--fit')),
          figures: Array.from(slide.querySelectorAll('figure img')).map(i => i.getBoundingClientRect().height / innerHeight),
          answer: answer ? answer.getBoundingClientRect().height > 0 : null,
          body: parseFloat(getComputedStyle(body).fontSize)};
}"""

# The same walk in one round trip: PageDown goes through the page's own key handler.
WALK_JS = "() => { const seen = [], total = document.querySelectorAll('.projection__slide').length;" \
          " const press = key => window.dispatchEvent(new KeyboardEvent('keydown', {key, bubbles: true}));" \
          " press('Home'); for (let i = 0; i < total; i++) { seen.push((" + SLIDE_JS + ")()); press('PageDown'); }" \
          " return seen; }"


def walk(page):
    """What every slide shows, from the first, moving on with PageDown."""
    seen = page.evaluate(WALK_JS)
    total = len(seen)
    assert [s["counter"] for s in seen] == [f"{n} / {total}" for n in range(1, total + 1)]
    return seen


# ---- Entering, leaving, keys, address ----------------------------------------------------------

def test_button_and_key_enter_and_leave(page, site_url):
    page.goto(site_url + url(course.DEFAULT, CHAPTERS[0]))
    header = page.locator("header.md-header")
    button = page.get_by_role("button", name=ui(course.DEFAULT)["mode"], exact=True)
    assert button.is_visible()
    button.click()
    visible_slide(page).wait_for()
    assert not header.is_visible()
    assert counter(page)[0] == 1
    page.keyboard.press("Escape")
    assert page.locator(".projection").count() == 0
    assert header.is_visible()
    page.keyboard.press("m")
    visible_slide(page).wait_for()
    assert not header.is_visible()
    page.keyboard.press("Escape")
    assert header.is_visible()


def test_material_shortcuts_do_not_fire_while_projecting(page, site_url):
    address = url(course.DEFAULT, CHAPTERS[0])
    open_projection(page, site_url + address, 2)
    for key in ("n", "p", "s", "f", "/", ",", "."):
        page.keyboard.press(key)
        if key == ".":
            page.keyboard.press(".")   # "." blanks the screen: press again to bring it back
    assert "/" + address in page.url
    assert not page.locator(".md-search__input").is_visible()
    assert counter(page)[0] == 2


@pytest.mark.parametrize("lang", course.LANGS)
def test_each_navigation_key_moves_the_counter(page, site_url, lang):
    """PageDown and Space (what clickers send) go forward in every language; of the arrows, the one
    that points the way the page reads goes forward: → left to right, ← right to left."""
    ahead, back = ("ArrowLeft", "ArrowRight") if course.language(lang).direction == "rtl" else ("ArrowRight", "ArrowLeft")
    open_projection(page, site_url + url(lang, FIXTURE), 5)
    number = 5
    for key, step in [(ahead, 1), ("ArrowDown", 1), ("PageDown", 1), ("Space", 1),
                      (back, -1), ("ArrowUp", -1), ("PageUp", -1), ("Shift+Space", -1)]:
        page.keyboard.press(key)
        number += step
        assert counter(page)[0] == number, key
        assert f"projection={number}" in page.url, key


def test_home_end_and_bounds(page, site_url):
    open_projection(page, site_url + url(course.DEFAULT, FIXTURE), 4)
    page.keyboard.press("End")
    number, total = counter(page)
    assert number == total > 10
    page.keyboard.press("PageDown")
    assert counter(page) == (total, total)
    page.keyboard.press("Home")
    assert counter(page)[0] == 1
    page.keyboard.press("PageUp")
    assert counter(page)[0] == 1


def test_address_opens_slide_and_reload_keeps_it(page, site_url):
    page.goto(site_url + url(course.DEFAULT, FIXTURE) + "?projection=3")
    visible_slide(page).wait_for()
    assert counter(page)[0] == 3
    assert page.locator(".projection__slide").nth(2).is_visible()
    page.keyboard.press("PageDown")
    assert "projection=4" in page.url
    page.reload()
    visible_slide(page).wait_for()
    assert counter(page)[0] == 4


@pytest.mark.parametrize("lang", course.LANGS)
def test_blank_screen_and_help(page, site_url, lang):
    open_projection(page, site_url + url(lang, CHAPTERS[0]), 1)
    blank = page.locator(".projection__blank")
    page.keyboard.press("b")
    assert blank.is_visible()
    page.keyboard.press("b")
    assert not blank.is_visible()
    page.keyboard.press("?")
    dialog = page.get_by_role("dialog", name=ui(lang)["help"])
    assert dialog.is_visible()
    for keys, effect in ui(lang)["keys"]:   # the help lists every key, in the page's language
        assert keys in dialog.inner_text() and effect in dialog.inner_text(), (keys, effect)
    page.keyboard.press("Escape")
    assert not dialog.is_visible()
    assert visible_slide(page).is_visible()


@pytest.mark.parametrize("lang", course.LANGS)
def test_leaving_restores_the_reading_page_at_the_section(page, site_url, lang):
    open_projection(page, site_url + url(lang, FIXTURE), 1)
    target = page.locator("h2#cas")
    for _ in range(60):
        if "slide--case" in visible_slide(page).get_attribute("class"):
            break
        page.keyboard.press("PageDown")
    assert TEXT["case_title"] in visible_slide(page).inner_text()   # a slide of the section, not its first
    page.keyboard.press("Escape")
    assert page.evaluate("location.hash") == "#cas"
    assert "projection=" not in page.url
    top = target.bounding_box()["y"]
    header = page.locator("header.md-header").bounding_box()
    assert header["y"] + header["height"] <= top < page.viewport_size["height"] / 2


def test_entering_starts_at_the_section_being_read(page, site_url):
    page.goto(site_url + url(course.LANGS[-1], FIXTURE) + "#cas")
    page.keyboard.press("m")
    visible_slide(page).wait_for()
    assert visible_slide(page).locator(".slide__title").inner_text() == TEXT["case"]
    assert counter(page)[0] > 1


def test_leaving_from_the_title_slide_returns_to_the_top(page, site_url):
    page.goto(site_url + url(course.DEFAULT, FIXTURE))
    page.mouse.wheel(0, 3000)
    page.keyboard.press("m")
    visible_slide(page).wait_for()
    page.keyboard.press("Home")
    page.keyboard.press("Escape")
    assert page.evaluate("window.scrollY") == 0


# ---- Slides: every chapter fits, trainer notes never show -------------------------------------

@pytest.mark.parametrize("lang", course.LANGS)
@pytest.mark.parametrize("chapter", CHAPTERS + [FIXTURE], ids=site.slug)
def test_same_slides_on_every_screen_none_overflows_and_no_trainer_note_shows(page, site_url, chapter, lang):
    """At 1280x720, 1920x1080 and 1024x768: the same slides, each fitting by its type size alone
    (never under the floor), figures at least 70 % of the screen's height, answers hidden."""
    page.set_viewport_size(dict(zip(("width", "height"), VIEWPORTS["720p"])))
    page.goto(site_url + url(lang, chapter))
    notes = [t.strip() for t in page.locator(".trainer").evaluate_all(
        "els => els.map(e => Array.from(e.children).slice(1).map(c => c.textContent).join(' '))") if t.strip()]
    page.keyboard.press("m")
    visible_slide(page).wait_for()
    seen = {}
    for viewport, (width, height) in VIEWPORTS.items():
        page.set_viewport_size({"width": width, "height": height})
        seen[viewport] = walk(page)
        for shown in seen[viewport]:
            where = f"slide {shown['counter']} of {url(lang, chapter)} at {viewport}"
            assert shown["problems"] == [], where
            assert shown["trainer"] == 0, where
            assert not [n for n in notes if n[:60] in shown["text"]], f"trainer note on {where}"
            assert shown["answer"] is not True, f"answer shown on {where}"
            assert all(ratio >= 0.7 for ratio in shown["figures"]), f"figure under 70 % of the height on {where}"
            if viewport == "720p":
                assert shown["body"] >= 23.5, f"type under the floor on {where}: {shown['body']} px"
    kinds = {viewport: [s["kind"] for s in shown] for viewport, shown in seen.items()}
    assert len({tuple(k) for k in kinds.values()}) == 1, f"the slides differ between screens: {kinds}"
    if chapter == FIXTURE:
        assert notes, "the test chapter has trainer notes: this test can fail"
        assert "figure" in kinds["720p"] and "question" in kinds["720p"], "the test chapter has a figure and a question"


@pytest.mark.parametrize("lang", course.LANGS)
def test_slide_rules_on_the_test_chapter(page, site_url, lang):
    """Summary and marked paragraph on the section slide, the figure marked no-slide left out, the
    case cut to its first sentences, the question's scenario shown and its answer on A."""
    page.set_viewport_size({"width": 1280, "height": 720})
    open_projection(page, site_url + url(lang, FIXTURE), 1)
    slides = page.locator(".projection__slide")
    texts = [plain(t) for t in slides.evaluate_all("ss => ss.map(s => s.textContent)")]
    short = next(t for t in texts if t.startswith(plain(TEXT["short"])))
    assert plain(TEXT["point"].format(n=2)) in short
    assert any(plain(TEXT["marked"]) in t for t in texts), "the paragraph marked .slide"
    assert not any(plain(TEXT["left_out"]) in t for t in texts), "the figure marked .no-slide"
    assert sum(plain(TEXT["caption"]) in t for t in texts) == 1
    case = next(t for t in texts if plain(TEXT["case_title"]) in t)
    assert len(case.split()) < 70, "the case shows its first sentences, not the whole box"
    number = next(i for i, t in enumerate(texts, start=1) if plain(TEXT["question"]) in t)
    page.keyboard.press("Home")
    for _ in range(number - 1):
        page.keyboard.press("PageDown")
    shown = visible_slide(page)
    answer = shown.locator(".slide__answer")
    assert plain(TEXT["scenario"]) in plain(shown.inner_text())
    assert not answer.is_visible()
    page.keyboard.press("a")
    assert answer.is_visible() and "Responsum" in answer.inner_text()
    page.keyboard.press("a")
    assert not answer.is_visible()


# ---- Languages -----------------------------------------------------------------------------------

@pytest.mark.parametrize("lang", course.LANGS)
def test_ui_strings_follow_the_page_language(page, site_url, lang):
    words = ui(lang)
    others = [ui(other) for other in course.LANGS if other != lang]
    page.goto(site_url + url(lang, FIXTURE))
    assert page.get_by_role("button", name=words["mode"], exact=True).count() == 1
    page.get_by_role("button", name=words["mode"], exact=True).click()
    visible_slide(page).wait_for()
    for name in ("next", "prev", "presenter", "exit"):
        assert page.get_by_role("button", name=words[name], exact=True).count() == 1, name
        for other in others:
            if other[name] != words[name]:
                assert page.get_by_role("button", name=other[name], exact=True).count() == 0, (name, other[name])
    total = counter(page)[1]
    colon = course.words()[lang]["typography"]["colon"]   # "Slide 1 of 9: …", "Diapositive 1 sur 9 : …"
    status = page.locator(".projection__status").text_content()
    assert plain(status).startswith(plain(f"{words['slide']} 1 {words['of']} {total}{colon} {TEXT['title']}")), status
    assert visible_slide(page).get_attribute("aria-roledescription") == words["slide"].lower()
    page.keyboard.press("h")
    assert page.get_by_role("dialog", name=words["help"]).is_visible()


# ---- Presenter view --------------------------------------------------------------------------------

@pytest.mark.parametrize("scheme", ["http", "file", "http-without-broadcastchannel"])
def test_presenter_window_follows_the_main_one(browser, projection_site, scheme):
    folder, base = projection_site
    lang = course.DEFAULT
    address = (base + url(lang, FIXTURE) if scheme.startswith("http")
               else course.built(folder, lang, FIXTURE).as_uri())
    context = browser.new_context(viewport={"width": 1280, "height": 720})
    if scheme.endswith("without-broadcastchannel"):   # the postMessage fallback alone
        context.add_init_script("delete window.BroadcastChannel")
    try:
        main = context.new_page()
        main.goto(address + "?projection=1")
        visible_slide(main).wait_for()
        with context.expect_page() as popup:
            main.keyboard.press("v")
        presenter = popup.value
        where = presenter.locator(".projection__where")
        where.wait_for()
        total = counter(main)[1]
        words = ui(lang)
        presenter.wait_for_function("([end]) => document.querySelector('.projection__where').textContent.endsWith(end)",
                                    arg=[f" 1 {words['of']} {total}"])
        clocks = " ".join(presenter.locator(".projection__clock").all_inner_texts())
        assert re.search(r"\d+:\d\d:\d\d", clocks) and re.search(r"\b\d\d:\d\d\b", clocks), clocks
        assert words["planned"] in presenter.locator(".projection__pace").inner_text()
        # Go to the short section, which has a trainer note; the presenter shows it and what is next.
        main.keyboard.press("Home")
        for _ in range(10):
            if visible_slide(main).locator(".slide__title").inner_text() == TEXT["short"]:
                break
            main.keyboard.press("PageDown")
        number = counter(main)[0]
        presenter.wait_for_function(
            "([start]) => document.querySelector('.projection__where').textContent.startsWith(start)",
            arg=[f"{words['slide']} {number} "])
        notes = presenter.locator(".projection__notes")
        assert plain(TEXT["note"].format(n=1)) in plain(notes.inner_text())
        assert TEXT["short"] in presenter.locator(".projection__now .projection__preview").inner_text()
        assert TEXT["long"] in presenter.locator(".projection__next .projection__preview").inner_text()
        assert plain(TEXT["note"].format(n=1)) not in plain(visible_slide(main).inner_text())
        # And the presenter drives the main window (M does not start a projection there).
        presenter.keyboard.press("m")
        assert presenter.locator("html.projection-on").count() == 0
        presenter.keyboard.press("PageDown")
        main.wait_for_function(
            f"() => document.querySelector('.projection__counter').textContent.startsWith('{number + 1} /')")
    finally:
        context.close()


# ---- Accessibility, cost, print ------------------------------------------------------------------

def axe_violations(page, scope: str) -> list:
    """axe-core's violations inside the given element (the rest of the page is not ours)."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page, context={"include": [[scope]]})
    return [(v["id"], [n["target"] for n in v["nodes"]]) for v in results.response["violations"]]


@pytest.mark.parametrize("lang", course.LANGS)
def test_projection_and_presenter_pass_axe(browser, site_url, lang):
    context = browser.new_context(viewport={"width": 1280, "height": 720})
    try:
        page = context.new_page()
        page.goto(site_url + url(lang, FIXTURE))
        assert axe_violations(page, ".projection-button") == [], "the projection button"
        page.keyboard.press("m")
        visible_slide(page).wait_for()
        for slide in (1, 6):
            page.keyboard.press("Home")
            for _ in range(slide - 1):
                page.keyboard.press("PageDown")
            assert axe_violations(page, ".projection") == [], f"slide {slide}"
        page.keyboard.press("?")
        assert axe_violations(page, ".projection") == [], "help open"
        page.keyboard.press("Escape")
        with context.expect_page() as popup:
            page.keyboard.press("v")
        presenter = popup.value
        presenter.locator(".projection__notes h2").wait_for()
        assert axe_violations(presenter, ".projection") == [], "presenter view"
    finally:
        context.close()


def test_code_costs_nothing_until_the_mode_is_entered(page, site_url, projection_site):
    fetched = []
    page.on("request", lambda request: fetched.append(request.url))
    page.goto(site_url + url(course.DEFAULT, CHAPTERS[1]))
    assert not [u for u in fetched if "projection.js" in u or "projection.css" in u]
    page.keyboard.press("m")
    visible_slide(page).wait_for()
    assert [u for u in fetched if u.endswith("/projection.js")]
    assert [u for u in fetched if u.endswith("/projection.css")]
    assert not [u for u in fetched if not u.startswith(site_url)], "no request leaves the site"
    assets = projection_site[0] / "assets"
    script = (assets / "javascripts" / "projection.js").read_bytes()
    assert len(gzip.compress(script, 9)) < 10_000
    loader = (assets / "javascripts" / "projection-loader.js").read_bytes()
    assert len(gzip.compress(loader, 9)) < 1_000


def test_button_only_on_chapter_pages(projection_site):
    folder = projection_site[0]
    others = [p for p in course.NAV if p not in CHAPTERS]
    assert home() in others and course.GLOSSARY_PAGE in others and trainers_page() in others
    for lang in course.LANGS:
        for page in others:
            html = course.built(folder, lang, page).read_text(encoding="utf-8")
            assert "projection-loader.js" not in html, (lang, page)
        for page in CHAPTERS + [FIXTURE]:
            html = course.built(folder, lang, page).read_text(encoding="utf-8")
            assert "projection-loader.js" in html and "projection-button" in html, (lang, page)
            assert 'id="projection-strings"' in html, (lang, page)   # the words projection.js reads


def test_projection_styles_never_apply_to_print(page, site_url):
    open_projection(page, site_url + url(course.DEFAULT, FIXTURE), 2)
    page.emulate_media(media="print")
    assert page.locator(".projection").evaluate("e => getComputedStyle(e).display") == "none"
    assert page.locator("article.md-content__inner").is_visible()
    size = page.evaluate("getComputedStyle(document.documentElement).fontSize")
    page.emulate_media(media="screen")
    assert page.evaluate("getComputedStyle(document.documentElement).fontSize") != size


# ---- Trainers' corner: the session plan and the printable worksheets ----------------------------

@pytest.mark.parametrize("lang", course.LANGS)
def test_session_plan_gives_each_chapter_its_own_duration(projection_site, lang):
    from bs4 import BeautifulSoup

    html = course.built(projection_site[0], lang, trainers_page()).read_text(encoding="utf-8")
    plan = BeautifulSoup(html, "lxml").select("article table")
    rows = {a["href"].strip("./").split("/")[-1]: tr.find_all("td")[-1].get_text(strip=True)
            for table in plan for tr in table.select("tbody tr") for a in tr.select("a[href]")}
    minutes = course.words()[lang]["page"]["minutes"]
    checked = 0
    for chapter in CHAPTERS:
        slug, duration = site.slug(chapter), meta(lang, chapter).get("duration")
        assert slug in rows, f"the session plan has no row for {slug}"
        if duration:
            assert plain(rows[slug]) == f"{duration} {minutes}", \
                f"{slug}: plan says {rows[slug]}, chapter says {duration} {minutes}"
            checked += 1
    assert checked, "no chapter has a duration yet: nothing was compared"


@pytest.mark.parametrize("paper", ["A4", "Letter"])
@pytest.mark.parametrize("lang", course.LANGS)
def test_worksheets_print_one_per_page_without_site_furniture(page, projection_site, site_url, lang, paper, tmp_path):
    import pdftext

    page.goto(site_url + url(lang, trainers_page()))
    titles = page.locator(".worksheet h3").evaluate_all(
        "hs => hs.map(h => h.firstChild.textContent.trim())")
    assert len(titles) >= 3
    # What the screen shows around the article, in the page's language: the search box, a nav
    # title, the licence in the footer, the download band.
    placeholder = page.locator("input.md-search__input").get_attribute("placeholder")
    shown = [page_title(projection_site[0], lang, course.PANORAMA_PAGE), "CC BY 4.0",
             course.words()[lang]["downloads"]["label"]]
    screen = plain(page.locator("body").inner_text())
    assert placeholder and [f for f in shown if plain(f) not in screen] == [], "not on the screen: nothing to check"
    furniture = [placeholder, *shown]
    path = tmp_path / "printed.pdf"
    path.write_bytes(page.pdf(format=paper, margin={side: "1.2cm" for side in ("top", "bottom", "left", "right")}))
    # The printed text as typed (in reading order, right to left too): ligatures (ﬁ) back to letters.
    texts = [unicodedata.normalize("NFKC", text) for text in pdftext.pages(path)]
    opening = [next((title for title in titles if pdftext.squash(text).startswith(pdftext.squash(title))), text[:60])
               for text in texts]
    assert opening[-len(titles):] == titles, \
        f"each worksheet fills exactly one of the last pages; they open with {opening[-len(titles) - 1:]}"
    printed = pdftext.letters(plain(" ".join(texts)))
    assert [f for f in furniture if re.search(rf"(?<!\w){re.escape(pdftext.letters(plain(f)))}(?!\w)", printed)] == []
