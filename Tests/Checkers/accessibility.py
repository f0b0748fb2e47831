"""Runs axe-core on report pages in Debian's Chromium, in light and dark colour schemes, on a desktop
(1280 px) and a phone (390 px, where tables reflow).

Usage: accessibility.py [--screenshots DIR] PAGE...
Prints every violation as `page [scheme width] rule (impact): help; first element` and exits 1 when there is
one. With --screenshots, also saves a full-page PNG of each page in each scheme and width, to be looked at.
"""
import argparse
import sys
from pathlib import Path

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import sync_playwright

CHROMIUM = "/usr/bin/chromium"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--screenshots", type=Path)
    parser.add_argument("pages", nargs="+", type=Path)
    arguments = parser.parse_args()
    axe = Axe()
    violations = 0
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        for scheme, width in (("light", 1280), ("dark", 1280), ("light", 390), ("dark", 390)):
            # The pages forbid scripts; axe is injected past their Content-Security-Policy, as a browser extension would be.
            context = browser.new_context(bypass_csp=True, color_scheme=scheme, viewport={"width": width, "height": 900})
            page = context.new_page()
            for path in arguments.pages:
                page.goto(path.resolve().as_uri())
                results = axe.run(page).response
                if not results["passes"]:
                    print(f"{path} [{scheme} {width}] axe checked nothing", file=sys.stderr)
                    violations += 1
                for violation in results["violations"]:
                    violations += 1
                    first = violation["nodes"][0]["html"] if violation["nodes"] else ""
                    print(f"{path} [{scheme} {width}] {violation['id']} ({violation['impact']}): {violation['help']}; "
                          f"{len(violation['nodes'])} elements, first {first[:160]}", file=sys.stderr)
                if arguments.screenshots:
                    arguments.screenshots.mkdir(parents=True, exist_ok=True)
                    name = str(path).replace("/", "_").removesuffix(".html")
                    page.screenshot(path=arguments.screenshots / f"{name}-{scheme}-{width}.png", full_page=True)
            context.close()
        browser.close()
    return 1 if violations else 0


if __name__ == "__main__":
    sys.exit(main())
