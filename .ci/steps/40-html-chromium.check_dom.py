"""Checks a DOM dumped by headless Chromium from `analyze --format html` for signs of XSS.

usage: check_dom.py DOM.html NETLOG.json PAYLOADS.txt MODE
Fails (exit 1) when the DOM holds an element or attribute the report never writes, a body
attribute set by a script, a changed document title, or when the net log shows a request to
anything but the report file itself. Also checks the payloads are shown as text.
"""
import html.parser
import sys

ALLOWED_ELEMENTS = {
    "html", "head", "meta", "title", "style", "body", "main", "article", "header", "h1", "h2", "dl",
    "dt", "dd", "code", "section", "p", "figure", "figcaption", "div", "span", "table", "tbody", "tr",
    "td", "time",
}
ALLOWED_ATTRIBUTES = {"lang", "charset", "http-equiv", "content", "name", "class", "title", "style",
                      "datetime", "data-reason", "data-type", "data-normal"}


class Collector(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems = []
        self.text = []
        self.title = []
        self.in_title = False

    def handle_starttag(self, tag, attrs):
        if tag not in ALLOWED_ELEMENTS:
            self.problems.append(f"injected element <{tag}>")
        for name, value in attrs:
            if name not in ALLOWED_ATTRIBUTES:
                self.problems.append(f"unexpected attribute {name}={value!r} on <{tag}>")
        if tag == "title":
            self.in_title = True

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False

    def handle_data(self, data):
        (self.title if self.in_title else self.text).append(data)


def main():
    dom_path, netlog_path, payloads_path, mode = sys.argv[1:5]
    dom = open(dom_path, encoding="utf-8").read()
    collector = Collector()
    collector.feed(dom)
    problems = list(collector.problems)
    title = "".join(collector.title)
    if title != "Slovo report":
        problems.append(f"document title changed to {title!r}")
    text = "".join(collector.text)
    payloads = [line.rstrip("\n") for line in open(payloads_path, encoding="utf-8") if line.strip()]
    missing = [p for p in payloads if p not in text]
    if missing:
        problems.append(f"{len(missing)} payloads not shown as text, e.g. {missing[0]!r}")
    netlog = open(netlog_path, encoding="utf-8", errors="replace").read()
    if "127.0.0.1:9" in netlog or "xss-network" in netlog or "xss-refresh" in netlog:
        problems.append("a network request was attempted")
    articles = dom.count('<article class="document')
    if problems:
        print(f"HTML report ({mode}): FAILED")
        for problem in sorted(set(problems))[:20]:
            print("  " + problem)
        sys.exit(1)
    print(f"HTML report ({mode}): {len(payloads)} payloads x (title, author, text, file name) in {articles} "
          f"documents rendered by Chromium: no element injected, no script run, no request")


main()
