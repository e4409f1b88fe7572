#!/usr/bin/env python3
"""Mixed load against Werkkracht behind a load balancer, with one instance killed mid-load (issue 14).

Called by scripts/failover.sh, which starts the instances, nginx and the database. Standard library only.
Through the load balancer it sets up an employer (logged in with a session), an organisation, a scan and
invitations, then for DURATION seconds drives: monitor reads (anonymous), logged-in scan work (pages and
new invitations with the session and its CSRF token), questionnaire answers, and one dataset import. At
KILL_AFTER seconds it kills one instance with SIGKILL. Afterwards it checks:

* no acknowledged response lost: every answer acknowledged with 201 is stored (its token answers 409
  "used" afterwards), every invitation acknowledged to the logged-in employer opens its questionnaire;
* logged-in users stay logged in: no logged-in request was sent to the login page or refused;
* the import completed (every surviving instance reports all its rows) or failed cleanly (no dataset);
* every surviving instance serves the new data.

Prints the figures and exits 1 when a check fails.
"""
import argparse
import http.cookiejar
import json
import os
import random
import re
import signal
import statistics
import sys
import threading
import time
import urllib.error
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
with open(os.path.join(ROOT, "statdata/src/main/resources/nl/werkkracht/statdata/codelist/regions.csv")) as f:
    REGIONS = [line.split(",")[0] for line in f.read().splitlines()[1:] if line.startswith("NL")]
CSRF = re.compile(r'<meta name="csrf-token" content="([^"]+)"')


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Client:
    """One browser or script: its own cookies, no redirects followed."""

    def __init__(self, base):
        self.base = base
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), NoRedirect())

    def send(self, method, path, body=None, headers=None, timeout=30):
        data = body.encode() if isinstance(body, str) else body
        req = urllib.request.Request(self.base + path, data=data, method=method, headers=headers or {})
        start = time.monotonic()
        try:
            with self.opener.open(req, timeout=timeout) as r:
                return r.status, r.read().decode("utf-8", "replace"), dict(r.headers), time.monotonic() - start
        except urllib.error.HTTPError as e:
            return e.code, e.read().decode("utf-8", "replace"), dict(e.headers), time.monotonic() - start
        except (urllib.error.URLError, ConnectionError, TimeoutError, OSError) as e:
            return 0, str(e), {}, time.monotonic() - start

    def csrf(self, page="/account"):
        status, body, headers, _ = self.send("GET", page)
        if status == 302:
            location = headers.get("Location", "")
            status, body, _, _ = self.send("GET", location[location.find("/", 8):] if "://" in location else location)
        m = CSRF.search(body)
        if not m:
            raise RuntimeError(f"no CSRF token on {page} ({status})")
        return m.group(1)

    def form(self, path, fields, page):
        fields = dict(fields, _csrf=self.csrf(page))
        body = urllib.parse.urlencode(fields)
        return self.send("POST", path, body, {"Content-Type": "application/x-www-form-urlencoded"})

    def json(self, method, path, payload, headers=None):
        h = {"Content-Type": "application/json", "Accept": "application/json"}
        h.update(headers or {})
        return self.send(method, path, json.dumps(payload), h)


def must(result, expected, what):
    status, body = result[0], result[1]
    if status not in expected:
        raise RuntimeError(f"{what}: HTTP {status} {body[:300]}")
    return body


class Figures:
    def __init__(self):
        self.lock = threading.Lock()
        self.counts = {}
        self.latencies = {}

    def add(self, kind, outcome, seconds):
        with self.lock:
            self.counts[(kind, outcome)] = self.counts.get((kind, outcome), 0) + 1
            self.latencies.setdefault(kind, []).append(seconds)


def setup(base, admin_password):
    admin = Client(base)
    must(admin.form("/login", {"username": "admin", "password": admin_password}, "/login"), (302,), "admin login")
    csrf = admin.csrf()
    token = json.loads(must(admin.json("POST", "/api/v1/users/admin/tokens", {"name": "failover"},
                                       {"X-CSRF-TOKEN": csrf}), (200, 201), "admin token"))["token"]
    bearer = {"Authorization": "Bearer " + token}
    password = "failover first password 2026"
    must(admin.json("POST", "/api/v1/users", {"username": "failover-employer", "role": "EMPLOYER",
                                               "password": password}, bearer), (200, 201), "create employer")
    employer = Client(base)
    must(employer.form("/login", {"username": "failover-employer", "password": password}, "/login"), (302,),
         "employer login")
    own = "failover own password 2026"
    must(employer.form("/account/password", {"current": password, "password": own, "repeat": own},
                       "/account/password"), (200, 302), "password change")
    csrf = employer.csrf()
    h = {"X-CSRF-TOKEN": csrf}
    org = json.loads(must(employer.json("POST", "/api/v1/organisations", {
        "name": "Failover-test BV (verzonnen)", "sector": "F", "sizeClass": "10-49", "region": "CR22"}, h),
        (200, 201), "organisation"))["id"]
    closes = time.strftime("%Y-%m-%d", time.gmtime(time.time() + 14 * 86400))
    scan = json.loads(must(employer.json("POST", f"/api/v1/organisations/{org}/scans", {"closesAt": closes}, h),
                           (200, 201), "scan"))["id"]
    tokens = json.loads(must(employer.json("POST", f"/api/v1/scans/{scan}/invitations", {"count": 1000}, h),
                             (200,), "invitations"))["tokens"]
    q = json.loads(must(Client(base).send("GET", f"/api/v1/public/scans/{tokens[0]}"), (200,), "questionnaire"))
    items = [i["id"] for s in q["scales"] for i in s["items"]]
    return bearer, employer, csrf, org, scan, tokens, items


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--base", required=True)
    p.add_argument("--instances", required=True, help="comma-separated direct base URLs")
    p.add_argument("--admin-password", required=True)
    p.add_argument("--kill-pid", type=int, required=True)
    p.add_argument("--kill-index", type=int, default=1)
    p.add_argument("--duration", type=float, default=40)
    p.add_argument("--kill-after", type=float, default=15)
    p.add_argument("--import-rows", type=int, default=20000)
    a = p.parse_args()
    instances = a.instances.split(",")

    bearer, employer, csrf, org, scan, tokens, items = setup(a.base, a.admin_password)
    print(f"set up: organisation {org}, scan {scan}, {len(tokens)} invitations, {len(items)} statements")
    figures = Figures()
    stop = time.monotonic() + a.duration
    answered, answer_unknown, invited, logged_out = [], [], [], []
    free = list(tokens)
    free_lock = threading.Lock()

    def monitor_reader():
        c = Client(a.base)
        while time.monotonic() < stop:
            s, _, _, t = c.send("GET", random.choice(["/api/v1/regions?level=province&year=2017",
                                              "/api/v1/regions/NL32/summary?year=2017", "/monitor"]))
            figures.add("monitor read", s, t)

    def employee():
        c = Client(a.base)
        while time.monotonic() < stop:
            with free_lock:
                if not free:
                    return
                token = free.pop()
            body = {"answers": {i: random.randint(1, 5) for i in items}}
            s, _, _, t = c.json("POST", f"/api/v1/public/scans/{token}/responses", body)
            figures.add("questionnaire answer", s, t)
            (answered if s == 201 else answer_unknown).append(token)

    def scan_worker():
        h = {"X-CSRF-TOKEN": csrf}
        while time.monotonic() < stop:
            if random.random() < 0.5:
                s, body, hd, t = employer.send("GET", f"/organisations/{org}/scans")
                kind = "logged-in page"
            else:
                s, body, hd, t = employer.json("POST", f"/api/v1/scans/{scan}/invitations", {"count": 1}, h)
                kind = "logged-in write"
                if s == 200:
                    invited.extend(json.loads(body)["tokens"])
            figures.add(kind, s, t)
            if s in (401, 403) or (s == 302 and "/login" in hd.get("Location", "")):
                logged_out.append((kind, s))

    import_result = {}

    def importer(name, delay):
        time.sleep(delay)
        rows = ["measure,region,sector,period,value,unit,price_basis,status"]
        n = 0
        for year in range(1995, 2020):
            for r in REGIONS:
                for sector in ("TOTAL", "A", "C", "F", "G", "K"):
                    for measure, unit, basis in (("GVA", "MIO_EUR", "CP"), ("HOURS", "THS_HW", "")):
                        if n < a.import_rows:
                            rows.append(f"{measure},{r},{sector},{year},{1000 + n % 977}.5,{unit},{basis},")
                            n += 1
        boundary = "----failover" + str(random.randint(0, 10**9))
        payload = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"failover.csv\"\r\n"
                   "Content-Type: text/csv\r\n\r\n" + "\n".join(rows) + "\n\r\n--" + boundary + "--\r\n")
        c = Client(a.base)
        h = dict(bearer, **{"Content-Type": "multipart/form-data; boundary=" + boundary})
        s, body, _, t = c.send("POST", f"/api/v1/datasets/{name}/imports", payload, h, timeout=300)
        figures.add("import", s, t)
        import_result[name] = dict(status=s, rows=n, seconds=t, body=body[:300])

    def killer():
        time.sleep(a.kill_after)
        os.kill(a.kill_pid, signal.SIGKILL)
        print(f"killed instance {a.kill_index + 1} (pid {a.kill_pid}) with SIGKILL at {a.kill_after:.0f} s")

    threads = [threading.Thread(target=monitor_reader) for _ in range(3)]
    threads += [threading.Thread(target=employee) for _ in range(3)]
    threads += [threading.Thread(target=scan_worker), threading.Thread(target=killer),
                threading.Thread(target=importer, args=("failover_during", max(0.0, a.kill_after - 3))),
                threading.Thread(target=importer, args=("failover_after", a.kill_after + 5))]
    started = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    took = time.monotonic() - started

    print(f"\nload: {took:.1f} s through the load balancer, one instance killed")
    print(f"{'kind':24} {'requests':>8} {'ok':>6} {'failed':>6}  {'p50 ms':>7} {'p99 ms':>7}  outcomes")
    kinds = sorted({k for k, _ in figures.counts})
    for kind in kinds:
        outcomes = {s: n for (k, s), n in figures.counts.items() if k == kind}
        total = sum(outcomes.values())
        ok = sum(n for s, n in outcomes.items() if 200 <= s < 400)
        lat = sorted(figures.latencies[kind])
        p99 = lat[min(len(lat) - 1, int(len(lat) * 0.99))]
        print(f"{kind:24} {total:8d} {ok:6d} {total - ok:6d}  {statistics.median(lat) * 1000:7.0f} "
              f"{p99 * 1000:7.0f}  {dict(sorted(outcomes.items()))}")

    failures = []
    checker = Client(a.base)
    lost = [t for t in answered if checker.send("GET", f"/api/v1/public/scans/{t}")[0] != 409]
    print(f"\nanswers acknowledged: {len(answered)}; stored afterwards: {len(answered) - len(lost)}; "
          f"not acknowledged (connection cut or 502): {len(answer_unknown)}")
    if lost:
        failures.append(f"{len(lost)} acknowledged answers lost")
    opened = [t for t in invited if checker.send("GET", f"/api/v1/public/scans/{t}")[0] == 200]
    print(f"invitations acknowledged to the logged-in employer: {len(invited)}; usable afterwards: {len(opened)}")
    if len(opened) != len(invited):
        failures.append(f"{len(invited) - len(opened)} acknowledged invitations lost")
    print(f"logged-in requests sent to the login page or refused: {len(logged_out)}")
    if logged_out:
        failures.append(f"logged out: {logged_out[:5]}")

    survivors = [u for i, u in enumerate(instances) if i != a.kill_index]
    time.sleep(1)
    for name, result in sorted(import_result.items()):
        status = result["status"]
        print(f"import {name} of {result['rows']} rows: HTTP {status} after {result['seconds']:.1f} s")
        if status not in (201, 0, 502):
            print("  " + result["body"])
        for u in survivors:
            s, body, _, _ = Client(u).send("GET", f"/api/v1/datasets/{name}", headers={"Accept": "application/json"})
            observations = json.loads(body)["coverage"]["observations"] if s == 200 else 0
            if status == 201:
                ok = observations == result["rows"]
                print(f"  {u}: {'complete' if ok else 'MISSING OR INCOMPLETE'} ({observations} rows)")
                if not ok:
                    failures.append(f"{u} does not show the imported dataset {name}")
            else:
                clean = s == 404 or observations == result["rows"]
                print(f"  {u}: not acknowledged; dataset {'absent' if s == 404 else f'{observations} rows'}"
                      f" ({'clean' if clean else 'PARTIAL'})")
                if not clean:
                    failures.append(f"{u} shows a partial import of {name}")
    for u in survivors:
        s, _, _, _ = Client(u).send("GET", "/api/v1/regions?level=province&year=2017")
        if s != 200:
            failures.append(f"{u} monitor answers {s} after the imports")

    if failures:
        print("\nFAILED: " + "; ".join(failures))
        return 1
    print("\nPASSED: nothing acknowledged was lost, nobody was logged out, the import was all or nothing,"
          " every surviving instance serves the new data")
    return 0


if __name__ == "__main__":
    import urllib.parse  # noqa: E402
    sys.exit(main())
