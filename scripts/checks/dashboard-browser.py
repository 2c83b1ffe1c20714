"""The browser half of scripts/checks/dashboard-browser: drives a running headless Chromium through
the Chrome DevTools Protocol (a minimal WebSocket client, standard library only) over a running
`rfm-nightly serve`, saves a numbered screenshot after each step and checks each page against the
CLI (`report`, `export`, `customer`). Prints one "ok: …" or "FAILED: …" line a check; exits 1 if
any failed (the bash script prints the summary). Started by the bash script, which owns (and stops) Chromium, serve and PostgreSQL."""

import argparse
import base64
import csv
import hashlib
import io
import json
import os
import re
import socket
import struct
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from decimal import Decimal

TIMEOUT = float(os.environ.get("RFM_CHECK_TIMEOUT", "30"))
WIDTH, HEIGHT = 1280, 1600
failures = 0


def ok(message):
    print(f"ok: {message}", flush=True)


def failed(message):
    global failures
    failures += 1
    print(f"FAILED: {message}", flush=True)


def check(condition, message, detail=""):
    if condition:
        ok(message)
    else:
        failed(message + (f" ({detail})" if detail else ""))
    return condition


class StepFailed(Exception):
    """A step could not go on (an element missing, a page that never loaded)."""


# --- WebSocket (RFC 6455), client side: what CDP needs ---------------------------------------

class WebSocket:
    GUID = b"258EAFA5-E914-47DA-95CA-C5AB0DC85B11"

    def __init__(self, url):
        parts = urllib.parse.urlsplit(url)
        self.sock = socket.create_connection((parts.hostname, parts.port or 80), timeout=TIMEOUT)
        key = base64.b64encode(os.urandom(16))
        path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        self.sock.sendall(
            f"GET {path} HTTP/1.1\r\nHost: {parts.hostname}:{parts.port}\r\nUpgrade: websocket\r\n"
            f"Connection: Upgrade\r\nSec-WebSocket-Key: {key.decode()}\r\nSec-WebSocket-Version: 13\r\n\r\n".encode()
        )
        head = b""
        while b"\r\n\r\n" not in head:
            chunk = self.sock.recv(4096)
            if not chunk:
                raise ConnectionError("the DevTools socket closed during the handshake")
            head += chunk
        head, self.buffer = head.split(b"\r\n\r\n", 1)
        lines = head.decode("latin-1").split("\r\n")
        if not re.match(r"HTTP/1\.1 101\b", lines[0]):
            raise ConnectionError(f"WebSocket handshake refused: {lines[0]}")
        headers = {name.strip().lower(): value.strip() for name, _, value in (line.partition(":") for line in lines[1:])}
        accept = base64.b64encode(hashlib.sha1(key + self.GUID).digest()).decode()
        if headers.get("sec-websocket-accept") != accept:
            raise ConnectionError("WebSocket handshake: wrong Sec-WebSocket-Accept")

    def _read(self, count):
        while len(self.buffer) < count:
            chunk = self.sock.recv(max(65536, count - len(self.buffer)))
            if not chunk:
                raise ConnectionError("the DevTools socket closed")
            self.buffer += chunk
        data, self.buffer = self.buffer[:count], self.buffer[count:]
        return data

    def _send_frame(self, opcode, payload):
        header = bytes([0x80 | opcode])
        length = len(payload)
        if length < 126:
            header += bytes([0x80 | length])
        elif length < 1 << 16:
            header += bytes([0x80 | 126]) + struct.pack("!H", length)
        else:
            header += bytes([0x80 | 127]) + struct.pack("!Q", length)
        mask = os.urandom(4)
        repeated = (mask * (length // 4 + 1))[:length]
        masked = (int.from_bytes(payload, "big") ^ int.from_bytes(repeated, "big")).to_bytes(length, "big") if length else b""
        self.sock.sendall(header + mask + masked)

    def send_text(self, text):
        self._send_frame(0x1, text.encode())

    def recv_text(self, timeout):
        """The next text message, or None when none came within timeout seconds."""
        self.sock.settimeout(max(timeout, 0.01))
        message, started = b"", False
        while True:
            try:
                first, second = self._read(2)
            except socket.timeout:
                if started:
                    raise
                return None
            self.sock.settimeout(TIMEOUT)  # the rest of a frame comes promptly
            final, opcode, length = first & 0x80, first & 0x0F, second & 0x7F
            if length == 126:
                length = struct.unpack("!H", self._read(2))[0]
            elif length == 127:
                length = struct.unpack("!Q", self._read(8))[0]
            mask = self._read(4) if second & 0x80 else None
            payload = self._read(length)
            if mask:
                payload = bytes(byte ^ mask[i % 4] for i, byte in enumerate(payload))
            if opcode == 0x9:  # ping
                self._send_frame(0xA, payload)
            elif opcode == 0x8:
                raise ConnectionError("the DevTools socket was closed by Chromium")
            elif opcode in (0x0, 0x1, 0x2):
                message += payload
                started = True
                if final:
                    return message.decode()

    def close(self):
        try:
            self._send_frame(0x8, b"")
            self.sock.close()
        except OSError:
            pass


class CDPError(Exception):
    pass


class CDP:
    """One DevTools connection: commands by id, events queued until asked for."""

    def __init__(self, url):
        self.ws = WebSocket(url)
        self.next_id = 0
        self.events = []

    def call(self, method, timeout=TIMEOUT, **params):
        self.next_id += 1
        ident = self.next_id
        self.ws.send_text(json.dumps({"id": ident, "method": method, "params": params}))
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise CDPError(f"{method}: no answer in {timeout:.0f} s")
            text = self.ws.recv_text(left)
            if text is None:
                continue
            message = json.loads(text)
            if message.get("id") == ident:
                if "error" in message:
                    raise CDPError(f"{method}: {message['error'].get('message')}")
                return message.get("result", {})
            if "method" in message:
                self.events.append(message)

    def event(self, name, timeout, where=lambda params: True):
        """The first event `name` whose params satisfy `where`, waiting up to timeout; else None."""
        deadline = time.monotonic() + timeout
        while True:
            for index, message in enumerate(self.events):
                if message["method"] == name and where(message.get("params", {})):
                    del self.events[index]
                    return message["params"]
            left = deadline - time.monotonic()
            if left <= 0:
                return None
            text = self.ws.recv_text(left)
            if text is not None:
                message = json.loads(text)
                if "method" in message:
                    self.events.append(message)


# --- the page -------------------------------------------------------------------------------

class Page:
    def __init__(self, cdp, out):
        self.cdp = cdp
        self.out = out
        self.shots = 0

    def js(self, expression):
        result = self.cdp.call("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in result:
            details = result["exceptionDetails"]
            raise CDPError(f"script failed: {details.get('exception', {}).get('description') or details.get('text')}")
        return result["result"].get("value")

    def navigation(self, action, what):
        """Runs action (which should load another page) and waits until the new document has loaded."""
        self.js("window.__dashboardCheckOldPage = true")
        self.cdp.events = [e for e in self.cdp.events if e["method"] != "Page.loadEventFired"]
        action()
        deadline = time.monotonic() + TIMEOUT
        loaded = False
        while time.monotonic() < deadline:
            if not loaded:
                loaded = self.cdp.event("Page.loadEventFired", 0.2) is not None
            try:
                state = self.js("window.__dashboardCheckOldPage ? 'old' : document.readyState")
            except CDPError:  # the old document's context went away mid-call
                state = "switching"
            if state == "complete":
                return self.js("location.href")
            time.sleep(0.05)
        raise StepFailed(f"{what}: the next page did not load within {TIMEOUT:.0f} s")

    def open(self, url):
        def go():
            result = self.cdp.call("Page.navigate", url=url)
            if result.get("errorText"):
                raise StepFailed(f"opening {url}: {result['errorText']}")
        return self.navigation(go, f"opening {url}")

    def click(self, selector, what):
        """A person's click: scrolls the element into view and presses the mouse on its middle."""
        spot = self.js(f"""(() => {{
            const element = document.querySelector({json.dumps(selector)});
            if (!element) return null;
            element.scrollIntoView({{block: 'center', inline: 'center'}});
            const box = element.getBoundingClientRect();
            const x = box.left + box.width / 2, y = box.top + box.height / 2;
            const hit = document.elementFromPoint(x, y);
            return {{x, y, width: box.width, height: box.height, hit: !!hit && (hit === element || element.contains(hit))}};
        }})()""")
        if spot is None:
            raise StepFailed(f"{what}: nothing on the page matches {selector}")
        if not spot["hit"] or spot["width"] <= 0 or spot["height"] <= 0:
            raise StepFailed(f"{what}: {selector} is covered or has no size, a person could not click it")
        for kind in ("mouseMoved", "mousePressed", "mouseReleased"):
            extra = {"button": "left", "clickCount": 1} if kind != "mouseMoved" else {}
            self.cdp.call("Input.dispatchMouseEvent", type=kind, x=spot["x"], y=spot["y"], **extra)

    def screenshot(self, name):
        """The whole page (not just the 1280x1600 window), as NN-name.png in the output directory."""
        self.js("window.scrollTo(0, 0)")
        size = self.cdp.call("Page.getLayoutMetrics")["cssContentSize"]
        width, height = max(WIDTH, int(size["width"] + 0.999)), min(max(HEIGHT, int(size["height"] + 0.999)), 16000)
        shot = self.cdp.call("Page.captureScreenshot", format="png", captureBeyondViewport=True,
                             clip={"x": 0, "y": 0, "width": width, "height": height, "scale": 1})
        data = base64.b64decode(shot["data"])
        self.shots += 1
        path = os.path.join(self.out, f"{self.shots:02d}-{name}.png")
        with open(path, "wb") as file:
            file.write(data)
        png = data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
        shown = struct.unpack("!II", data[16:24]) if png else (0, 0)
        check(png and len(data) > 15000, f"screenshot {os.path.basename(path)}: {shown[0]}x{shown[1]}, {len(data):,} bytes",
              "not a PNG, or too small to show a page")
        return path

    def layout(self, what):
        """No horizontal overflow: the page fits the window, and no tile's text spills out of its box."""
        found = self.js("""(() => {
            const wide = document.documentElement.scrollWidth;
            const spilled = [...document.querySelectorAll('.tile, .tile *, td, th, .badge')]
              .filter(e => e.clientWidth > 0 && e.scrollWidth > e.clientWidth + 1)
              .map(e => e.className || e.tagName);
            const outside = [...document.querySelectorAll('.tile, figure, svg, table')]
              .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1).map(e => e.className || e.tagName);
            const scripts = document.scripts.length
              + [...document.querySelectorAll('*')].filter(e => [...e.attributes].some(a => a.name.startsWith('on'))).length;
            return {wide, inner: window.innerWidth, spilled, outside, scripts};
        })()""")
        check(found["scripts"] == 0, f"{what}: no script, no on* handler (links and forms work without JavaScript)",
              f"{found['scripts']} found")
        check(found["wide"] <= found["inner"] and not found["outside"] and not found["spilled"],
              f"{what}: nothing overflows the {found['inner']} px window",
              f"page {found['wide']} px wide; past the right edge: {found['outside'][:5]}; clipped: {found['spilled'][:5]}")


# --- figures from the CLI and the DOM --------------------------------------------------------

def run(binary, *args, database_url):
    result = subprocess.run([binary, *args, "--database-url", database_url, "--log-level", "warning"],
                            capture_output=True, timeout=120)
    if result.returncode != 0:
        raise StepFailed(f"rfm-nightly {' '.join(args)} exited {result.returncode}: {result.stderr.decode(errors='replace').strip()}")
    return result.stdout


def dollars(text):
    """'$1,234.56' / '-$4.00' / '+$0.50' → Decimal; None if not money."""
    match = re.fullmatch(r"([+-]?)\$([0-9,]+(?:\.[0-9]+)?)", text.strip())
    if not match:
        return None
    value = Decimal(match.group(2).replace(",", ""))
    return -value if match.group(1) == "-" else value


def count(text):
    return int(text.replace(",", "")) if re.fullmatch(r"[0-9,]+", text.strip()) else None


def csv_rows(data):
    rows = list(csv.DictReader(io.StringIO(data.decode())))
    for row in rows:
        row["rfm_score"] = int(row["rfm_score"])
        row["predictive_ltv"] = Decimal(row["predictive_ltv"])
    return rows


def ordered(rows, column, descending):
    """The table's order: the column, then user_key, both one way (the keyset's tie-break)."""
    return sorted(rows, key=lambda row: (row[column], row["user_key"]), reverse=descending)


TABLE_ROWS = """[...document.querySelectorAll('table.customers tbody tr[data-user-key]')].map(tr => {
    const cells = [...tr.children];
    const badge = cells[2].querySelector('.badge');
    const style = badge ? getComputedStyle(badge) : null;
    return {user_key: tr.dataset.userKey, link: cells[0].querySelector('a') ? cells[0].querySelector('a').getAttribute('href') : null,
            email: cells[1].textContent.trim(), segment: badge ? badge.textContent.trim() : null,
            badge_background: style ? style.backgroundColor : null, badge_color: style ? style.color : null,
            rfm_score: cells[3].textContent.trim(), predictive_ltv: cells[4].textContent.trim()};
})"""


def table(page):
    return {
        "rows": page.js(TABLE_ROWS),
        "sort": page.js("document.querySelector('table.customers')?.dataset.sort ?? null"),
        "order": page.js("document.querySelector('table.customers')?.dataset.order ?? null"),
        "next": page.js("!!document.querySelector('.pages a[rel=next]')"),
    }


def compare_rows(shown, expected, what):
    """The page's rows against export's, key by key and cell by cell."""
    keys, want = [row["user_key"] for row in shown], [row["user_key"] for row in expected]
    if keys != want:
        first = next((i for i, (a, b) in enumerate(zip(keys, want)) if a != b), min(len(keys), len(want)))
        failed(f"{what}: the rows are not export's in that order (first difference at row {first + 1}: "
               f"page {keys[first:first + 3]}, export {want[first:first + 3]}; {len(keys)} rows shown, {len(want)} expected)")
        return
    bad = [row["user_key"] for row, exported in zip(shown, expected)
           if (row["segment"], count(row["rfm_score"]), dollars(row["predictive_ltv"]), row["email"])
           != (exported["segment"], exported["rfm_score"], exported["predictive_ltv"], exported["email_sha256"])]
    check(not bad, f"{what}: {len(keys)} rows, in export's order, each row's segment, rfm_score, LTV and email_sha256 as export has them",
          f"cells differ for {bad[:5]}")


def badges(rows, what):
    colourless = [r["user_key"] for r in rows if not r["badge_background"] or r["badge_background"] in ("rgba(0, 0, 0, 0)", "transparent")]
    check(rows and not colourless, f"{what}: every segment badge has a background colour",
          f"no colour on {colourless[:5]}" if colourless else "no rows")
    colours = {}
    for row in rows:
        colours.setdefault(row["segment"], set()).add(row["badge_background"])
    mixed = {segment: sorted(found) for segment, found in colours.items() if len(found) > 1}
    check(not mixed, f"{what}: one colour a segment ({len(colours)} segments shown)", f"mixed: {mixed}")


# --- the steps --------------------------------------------------------------------------------

def main():
    parser = argparse.ArgumentParser()
    for name in ("out", "profile", "base", "tokens", "merchant", "segment", "binary", "database-url"):
        parser.add_argument(f"--{name}", required=True)
    parser.add_argument("--chromium-pid", type=int, required=True)
    args = parser.parse_args()
    with open(args.tokens) as file:
        token = next(line.split()[0] for line in file if line.strip() and not line.startswith("#"))
    cli = lambda *a: run(args.binary, *a, database_url=args.database_url)  # noqa: E731

    # Chromium writes its DevTools port (--remote-debugging-port=0 picks one) to the profile.
    port_file = os.path.join(args.profile, "DevToolsActivePort")
    deadline = time.monotonic() + TIMEOUT
    while not (os.path.exists(port_file) and open(port_file).read().strip()):
        try:
            os.kill(args.chromium_pid, 0)
        except OSError:
            raise StepFailed("chromium exited before it listened for DevTools")
        if time.monotonic() > deadline:
            raise StepFailed(f"chromium did not write {port_file} within {TIMEOUT:.0f} s")
        time.sleep(0.1)
    devtools = int(open(port_file).read().split()[0])
    with urllib.request.urlopen(f"http://127.0.0.1:{devtools}/json/version", timeout=TIMEOUT) as response:
        version = json.load(response)
    with urllib.request.urlopen(f"http://127.0.0.1:{devtools}/json", timeout=TIMEOUT) as response:
        target = next(t for t in json.load(response) if t.get("type") == "page")
    ok(f"{version.get('Browser')} on DevTools port {devtools}, page target {target['id'][:8]}…")

    browser = CDP(version["webSocketDebuggerUrl"])
    cdp = CDP(target["webSocketDebuggerUrl"])
    page = Page(cdp, args.out)
    cdp.call("Page.enable")
    cdp.call("Runtime.enable")
    cdp.call("Network.enable")
    cdp.call("Emulation.setDeviceMetricsOverride", width=WIDTH, height=HEIGHT, deviceScaleFactor=1, mobile=False)
    base = args.base.rstrip("/")
    merchant = args.merchant
    segment = args.segment

    # The CLI's figures, read with the job's own role (not serve's).
    report = json.loads(cli("report", "--merchant", merchant, "--format", "json"), parse_float=Decimal)["reports"][0]
    tiles = report["tiles"]
    every = csv_rows(cli("export", "--merchant", merchant))
    exported = cli("export", "--merchant", merchant, "--segment", segment)
    in_segment = csv_rows(exported)
    ok(f"the CLI: report as of {report['as_of']}, {tiles['customers_scored']} customers scored; export {len(every)} rows, "
       f"{len(in_segment)} {segment} ({len(exported):,} bytes)")

    # a. /login: type the token, press the button.
    page.open(f"{base}/login")
    check(page.js("!!document.querySelector('form[action=\"/login\"][method=post] input[name=token][type=password]')"),
          "/login: a POST form with a password field for the token")
    page.js("document.querySelector('input[name=token]').focus()")
    cdp.call("Input.insertText", text=token)
    check(page.js("document.querySelector('input[name=token]').value") == token, "/login: the token typed into the field")
    page.screenshot("login")
    landed = page.navigation(lambda: page.click("form[action=\"/login\"] button[type=submit]", "log in"), "log in")
    check(urllib.parse.urlsplit(landed).path == "/insights/ltv" and token not in landed,
          f"log in: landed on the merchant picker ({landed}), the token not in the address")
    cookies = [c for c in cdp.call("Network.getCookies", urls=[base + "/"])["cookies"] if c["name"] == "rfm_session"]
    check(cookies and cookies[0]["httpOnly"] and cookies[0].get("sameSite") == "Strict" and cookies[0]["path"] == "/",
          "log in: the rfm_session cookie is HttpOnly, SameSite=Strict, Path=/", f"cookies: {cookies}")
    merchants = page.js("""[...document.querySelectorAll('table.merchants tbody tr[data-merchant]')].map(tr =>
        ({merchant: tr.dataset.merchant, customers: tr.children[1].textContent.trim(), as_of: tr.children[2].textContent.trim()}))""")
    listed = {m["merchant"]: m for m in merchants}
    check(merchant in listed, f"picker: lists {len(merchants)} merchants, {merchant} among them", f"listed: {sorted(listed)}")
    if merchant in listed:
        check(count(listed[merchant]["customers"]) == tiles["customers_scored"] and listed[merchant]["as_of"] == report["as_of"],
              f"picker: {merchant} with {listed[merchant]['customers']} customers as of {listed[merchant]['as_of']}, as report has",
              f"report: {tiles['customers_scored']} as of {report['as_of']}")
    page.layout("picker")
    page.screenshot("merchants")

    # b. The merchant, from the picker's link.
    landed = page.navigation(lambda: page.click(f"table.merchants tr[data-merchant={json.dumps(merchant)}] a", f"open {merchant}"), f"open {merchant}")
    query = urllib.parse.parse_qs(urllib.parse.urlsplit(landed).query)
    check(query.get("merchant") == [merchant], f"picker → {landed}")
    page.layout("merchant page")
    page.screenshot("merchant")
    heading = page.js("document.querySelector('section.merchant h1')?.textContent ?? ''")
    check(f"as of {report['as_of']}" in heading and f"scheme {report['scheme']}" in heading,
          f"merchant page heading: {heading!r}")

    # g. The five tiles, against `report --format json`.
    shown = page.js("""Object.fromEntries([...document.querySelectorAll('.tile[data-tile]')].map(t =>
        [t.dataset.tile, {value: t.querySelector('.value')?.textContent.trim() ?? '', note: t.querySelector('.note')?.textContent.trim() ?? ''}]))""")
    check(list(shown) == ["customers-scored", "champion-percent", "at-risk-count", "average-predictive-ltv", "ltv-trend-30d"],
          f"tiles: the five ({', '.join(shown)})")
    tile = lambda name: shown.get(name, {"value": "", "note": ""})  # noqa: E731
    check(count(tile("customers-scored")["value"]) == tiles["customers_scored"],
          f"tile customers scored {tile('customers-scored')['value']} = report's {tiles['customers_scored']}")
    percent = tile("champion-percent")["value"]
    check(percent.endswith("%") and Decimal(percent[:-1] or "NaN") == tiles["champion_percent"]
          and tile("champion-percent")["note"] == f"{tiles['champion_count']:,} {tiles['champion_segment']}",
          f"tile champion % {percent} ({tile('champion-percent')['note']}) = report's {tiles['champion_percent']}% "
          f"({tiles['champion_count']} {tiles['champion_segment']})")
    check(count(tile("at-risk-count")["value"]) == tiles["at_risk_count"] and tile("at-risk-count")["note"] == tiles["at_risk_segment"],
          f"tile at-risk count {tile('at-risk-count')['value']} ({tile('at-risk-count')['note']}) = report's "
          f"{tiles['at_risk_count']} ({tiles['at_risk_segment']})")
    check(dollars(tile("average-predictive-ltv")["value"]) == tiles["average_predictive_ltv"],
          f"tile average predictive LTV {tile('average-predictive-ltv')['value']} = report's {tiles['average_predictive_ltv']}")
    trend = tiles["ltv_trend_30d"]
    trend_shown = tile("ltv-trend-30d")
    if trend is None:
        check(trend_shown["value"] == "n/a", f"tile LTV trend {trend_shown['value']!r}: report has none")
    else:
        note_ok = f"on {trend['base_as_of']}" in trend_shown["note"] and (
            trend["change_percent"] is None or f"{'' if str(trend['change_percent']).startswith('-') else '+'}{trend['change_percent']}%" in trend_shown["note"])
        check(dollars(trend_shown["value"]) == trend["change"] and trend_shown["value"][0] in "+-" and note_ok,
              f"tile LTV trend {trend_shown['value']} ({trend_shown['note']}) = report's {trend['change']} "
              f"({trend['change_percent']}% vs {trend['base_monetary']} on {trend['base_as_of']})")
    if segment == tiles["at_risk_segment"]:
        check(tiles["at_risk_count"] == len(in_segment), f"at-risk count {tiles['at_risk_count']} = export --segment {segment}'s {len(in_segment)} rows")

    charts = page.js("""[...document.querySelectorAll('section.merchant .charts figure')].map(f => {
        const svg = f.querySelector('svg'); const box = svg ? svg.getBoundingClientRect() : {width: 0, height: 0};
        return {caption: f.querySelector('figcaption')?.textContent ?? '', width: box.width, height: box.height,
                shapes: svg ? svg.querySelectorAll('rect, path, polyline, line, circle, polygon').length : 0};
    })""")
    drawn = [c for c in charts if c["width"] > 100 and c["height"] > 50 and c["shapes"] >= 3]
    check(len(charts) == 3 and len(drawn) == 3,
          "charts: " + "; ".join(f"{c['caption']} {c['width']:.0f}x{c['height']:.0f} px, {c['shapes']} shapes" for c in charts))
    bars = page.js("document.querySelectorAll('section.merchant .charts figure:first-child svg rect').length")
    check(bars >= len(report["segments"]), f"segment chart: {bars} rects for {len(report['segments'])} segments")
    first = table(page)
    check(first["sort"] == "predictive_ltv" and first["order"] == "desc", f"table: sorted by {first['sort']} {first['order']} by default")
    compare_rows(first["rows"], ordered(every, "predictive_ltv", True)[:50], "table, first page")
    check(first["next"] == (len(every) > 50), f"table: a next-page link {'shown' if first['next'] else 'not shown'} for {len(every)} customers")
    badges(first["rows"], "table")

    # c. Sort by rfm_score: the header link, then again for the other order.
    header = "table.customers thead th:nth-child(4) a"
    check(page.js(f"document.querySelector({json.dumps(header)})?.textContent.trim()") == "rfm_score", "table: the 4th header is rfm_score")
    for click in (1, 2):
        page.navigation(lambda: page.click(header, "sort by rfm_score"), "sort by rfm_score")
        now = table(page)
        descending = now["order"] == "desc"
        page.screenshot(f"sorted-rfm_score-{now['order']}")
        check(now["sort"] == "rfm_score" and now["order"] == ("asc" if click == 1 else "desc"),
              f"sort click {click}: the table says sort={now['sort']} order={now['order']}",
              "expected ascending on the first click, descending on the second")
        scores = [count(row["rfm_score"]) for row in now["rows"]]
        check(scores == sorted(scores, reverse=descending) and len(scores) == 50,
              f"sort click {click}: the page's {len(scores)} rfm_scores run {scores[0] if scores else '-'} … {scores[-1] if scores else '-'}, "
              f"{'descending' if descending else 'ascending'}")
        arrow = page.js(f"document.querySelector({json.dumps(header)}).textContent")
        check(arrow.endswith("▼" if descending else "▲"), f"sort click {click}: the header shows {arrow!r}")
        compare_rows(now["rows"], ordered(every, "rfm_score", descending)[:50], f"sort click {click}")
    sort_order = now["order"]

    # d. The filter form: choose the segment, press Filter.
    options = page.js("[...document.querySelectorAll('form.filters select[name=segment] option')].map(o => o.value)")
    check(segment in options, f"filter form: the segment choices {options}")
    page.js(f"""(() => {{ const select = document.querySelector('form.filters select[name=segment]');
        select.focus(); select.value = {json.dumps(segment)};
        select.dispatchEvent(new Event('input', {{bubbles: true}})); select.dispatchEvent(new Event('change', {{bubbles: true}})); }})()""")
    landed = page.navigation(lambda: page.click("form.filters button[type=submit]:not([formaction])", "filter"), "filter")
    query = urllib.parse.parse_qs(urllib.parse.urlsplit(landed).query)
    check(query.get("segment") == [segment] and query.get("sort") == ["rfm_score"] and query.get("order") == [sort_order],
          f"filter: the address keeps the sort and adds the segment ({landed})")
    page.layout(f"{segment} page")
    page.screenshot(segment)
    filtered = table(page)
    check(page.js("document.querySelector('form.filters select[name=segment]').value") == segment, f"filter: the form shows {segment} chosen")
    wrong = [row["user_key"] for row in filtered["rows"] if row["segment"] != segment]
    check(filtered["rows"] and not wrong, f"filter: every one of the {len(filtered['rows'])} rows' badges says {segment}", f"others: {wrong[:5]}")
    check(len(filtered["rows"]) == min(50, len(in_segment)) and filtered["next"] == (len(in_segment) > 50),
          f"filter: {len(filtered['rows'])} rows shown{', and a next link' if filtered['next'] else ''} for export's {len(in_segment)} {segment} rows")
    compare_rows(filtered["rows"], ordered(in_segment, "rfm_score", sort_order == "desc")[:50], f"{segment} page")
    badges(filtered["rows"], f"{segment} page")
    if filtered["next"]:  # the keyset pager keeps the filter and the sort, both ways
        page.navigation(lambda: page.click(".pages a[rel=next]", "next page"), "next page")
        second = table(page)
        compare_rows(second["rows"], ordered(in_segment, "rfm_score", sort_order == "desc")[50:100], f"{segment} page 2 (next →)")
        page.navigation(lambda: page.click(".pages a[rel=prev]", "previous page"), "previous page")
        again = table(page)
        check([r["user_key"] for r in again["rows"]] == [r["user_key"] for r in filtered["rows"]],
              f"{segment} page 1 again (← previous): the same {len(again['rows'])} rows as before")

    # e. The export button, with the form as it stands (the segment chosen).
    downloads = os.path.join(args.out, "downloads")
    browser.call("Browser.setDownloadBehavior", behavior="allow", downloadPath=downloads, eventsEnabled=True)
    before = page.js("location.href")
    page.click("form.filters button[formaction]", "export")
    begun = browser.event("Browser.downloadWillBegin", TIMEOUT)
    if begun is None:
        raise StepFailed(f"export: no download began within {TIMEOUT:.0f} s")
    check(begun["suggestedFilename"] == f"{merchant}-customers.csv" and urllib.parse.urlsplit(begun["url"]).path == f"/api/merchants/{merchant}/customers.csv",
          f"export: downloading {begun['suggestedFilename']} from {begun['url']}")
    done = browser.event("Browser.downloadProgress", TIMEOUT, lambda p: p.get("guid") == begun["guid"] and p.get("state") in ("completed", "canceled"))
    if done is None or done["state"] != "completed":
        raise StepFailed(f"export: the download did not complete within {TIMEOUT:.0f} s ({done})")
    path = os.path.join(downloads, begun["suggestedFilename"])
    for _ in range(50):
        if os.path.exists(path):
            break
        time.sleep(0.1)
    data = open(path, "rb").read() if os.path.exists(path) else b""
    if data == exported:
        ok(f"export: {path} is byte for byte `export --merchant {merchant} --segment {segment}` ({len(data):,} bytes, {len(in_segment)} rows)")
    else:
        first = next((i for i, (a, b) in enumerate(zip(data, exported)) if a != b), min(len(data), len(exported)))
        failed(f"export: {path} differs from `export --segment {segment}` at byte {first} ({len(data)} vs {len(exported)} bytes: "
               f"{data[max(0, first - 20):first + 20]!r} vs {exported[max(0, first - 20):first + 20]!r})")
    check(page.js("location.href") == before, "export: the page stayed where it was")
    page.screenshot("after-export")

    # f. The first row's link: the customer's drill-down.
    row = filtered["rows"][0]
    key = row["user_key"]
    landed = page.navigation(lambda: page.click("table.customers tbody tr[data-user-key] td:first-child a", f"open {key}"), f"open {key}")
    check(urllib.parse.unquote(urllib.parse.urlsplit(landed).path) == f"/insights/ltv/{key}", f"customer: {landed}")
    page.layout("customer page")
    page.screenshot("customer")
    drill = json.loads(cli("customer", key, "--merchant", merchant, "--format", "json"), parse_float=Decimal)
    current = drill["current"]
    shown = page.js("""Object.fromEntries([...document.querySelectorAll('section.customer .tile[data-tile]')].map(t =>
        [t.dataset.tile, {value: t.querySelector('.value')?.textContent.trim() ?? '', note: t.querySelector('.note')?.textContent.trim() ?? ''}]))""")
    tile = lambda name: shown.get(name, {"value": "", "note": ""})  # noqa: E731
    check(page.js("document.querySelector('section.customer')?.dataset.userKey") == key
          and f"as of {drill['as_of']}" in page.js("document.querySelector('section.customer h1')?.textContent ?? ''"),
          f"customer: the page is {key}'s, as of {drill['as_of']}")
    check(count(tile("rfm-score")["value"]) == current["rfm_score"]
          and tile("rfm-score")["note"] == f"R{current['r_score']} F{current['f_score']} M{current['m_score']}",
          f"customer: rfm_score {tile('rfm-score')['value']} ({tile('rfm-score')['note']}) = customer's {current['rfm_score']} "
          f"(R{current['r_score']} F{current['f_score']} M{current['m_score']})")
    check(tile("segment")["value"] == current["segment"], f"customer: segment {tile('segment')['value']} = customer's {current['segment']}")
    check(dollars(tile("predictive-ltv")["value"]) == current["predictive_ltv"],
          f"customer: predictive LTV {tile('predictive-ltv')['value']} = customer's {current['predictive_ltv']}")
    check(count(row["rfm_score"]) == current["rfm_score"] and row["segment"] == current["segment"]
          and dollars(row["predictive_ltv"]) == current["predictive_ltv"],
          f"customer: the table's row ({row['rfm_score']}, {row['segment']}, {row['predictive_ltv']}) agrees with the drill-down")
    check(tile("recency")["value"] == f"{current['recency_days']} days" and count(tile("frequency")["value"]) == current["frequency"]
          and dollars(tile("frequency")["note"].removeprefix("monetary ")) == current["monetary"],
          f"customer: recency {tile('recency')['value']}, frequency {tile('frequency')['value']}, {tile('frequency')['note']} as customer has")
    timeline = page.js("document.querySelectorAll('table.timeline tbody tr.counted, table.timeline tbody tr.not-counted').length")
    check(timeline == len(drill["timeline"]), f"customer: {timeline} purchase timeline rows, customer has {len(drill['timeline'])}")
    chart = page.js("""(() => { const svg = document.querySelector('section.customer .charts svg');
        if (!svg) return null; const box = svg.getBoundingClientRect();
        return {width: box.width, height: box.height, lines: svg.querySelectorAll('polyline, path, line').length,
                bands: svg.querySelectorAll('rect').length}; })()""")
    check(chart and chart["width"] > 100 and chart["height"] > 50 and chart["lines"] >= 1,
          f"customer: the score chart drawn ({chart}) for {len(drill['trajectory'])} snapshots")

    cdp.ws.close()
    browser.ws.close()


if __name__ == "__main__":
    try:
        main()
    except (StepFailed, CDPError, ConnectionError, OSError, KeyError, StopIteration) as error:
        failed(f"{type(error).__name__}: {error}")
    sys.exit(1 if failures else 0)
