"""The Content-Security-Policy scan finds exactly what a browser would run or apply inline."""
from course_engine.hardening.csp import InlineCode

PAGE = """<html><head><style>p{color:red}</style>
<script>document.write("<script>not a tag</script" + ">")</script>
<script type="application/json">{"not": "run"}</script>
<script src="a.js" defer></script></head>
<body><!-- <p style="in a comment"> --><p title="a > b" style="color:&quot;x&quot;">text style="not an attribute"</p>
<div data-x='1' STYLE='margin:0'></div></body></html>"""


def test_inline_code_is_found_as_a_browser_parses_it():
    found = InlineCode(PAGE)
    assert found.styles == ["p{color:red}"]
    # a script's text runs to its closing tag ("</script" then ">", a space or "/"), tags inside
    # it are text, as in HTML; the JSON block is data, not code
    assert found.scripts == ['document.write("<script>not a tag</script" + ">")']
    assert found.sources == ["a.js"]
    assert found.style_attributes == ['color:"x"', "margin:0"]
