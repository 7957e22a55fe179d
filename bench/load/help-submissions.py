#!/usr/bin/env python3
"""200 help requests submitted at the same moment to a running Involvim; then every acknowledged one is looked up.

    help-submissions.py BASE_URL [N] [CODES_FILE]

Prints latency percentiles of the submissions and how many acknowledged (201) requests the server can find by their
tracking code. With CODES_FILE the codes are written there (to check them again after a restart: --check CODES_FILE).
Only ever point it at 127.0.0.1.
"""
import json, sys, threading, time, urllib.request, urllib.error
from concurrent.futures import ThreadPoolExecutor

def post(base, i, barrier):
    body = json.dumps({
        "category": ["housing", "documents-permits", "health", "language-learning"][i % 4],
        "description": f"Load test request {i}: I need help with a form.",
        "languages": [["uk", "en"], ["ne", "en"], ["ar"], ["bs", "sl"]][i % 4],
        "urgency": "normal",
        "times": ["tue-evening"],
        "contact": {"method": "phone", "value": f"+386 40 {100000 + i}"},
        "consent": True,
    }).encode()
    req = urllib.request.Request(base + "/api/v1/regions/litija/help-requests?lang=en", data=body, headers={"Content-Type": "application/json"}, method="POST")
    barrier.wait()
    start = time.perf_counter()
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            status, payload = r.status, json.loads(r.read())
    except urllib.error.HTTPError as e:
        status, payload = e.code, None
    except Exception as e:  # connection refused, timeout
        status, payload = str(e), None
    return status, (time.perf_counter() - start) * 1000, payload["trackingCode"] if payload else None

def found(base, code):
    req = urllib.request.Request(base + "/api/v1/regions/litija/help-requests/track", headers={"Tracking-Code": code})
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status == 200
    except urllib.error.HTTPError:
        return False

def check(base, codes):
    with ThreadPoolExecutor(16) as pool:
        results = list(pool.map(lambda c: found(base, c), codes))
    print(f"found by tracking code: {sum(results)} of {len(codes)} acknowledged")
    return sum(results) == len(codes)

def main():
    if sys.argv[1:2] == ["--check"]:
        base, path = sys.argv[2], sys.argv[3]
        sys.exit(0 if check(base, json.load(open(path))) else 1)
    base = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 200
    barrier = threading.Barrier(n)
    with ThreadPoolExecutor(n) as pool:
        results = list(pool.map(lambda i: post(base, i, barrier), range(n)))
    latencies = sorted(ms for _, ms, _ in results)
    statuses = {}
    for status, _, _ in results:
        statuses[status] = statuses.get(status, 0) + 1
    pct = lambda p: latencies[min(len(latencies) - 1, int(round(p / 100 * len(latencies))) - 1)]
    print(f"{n} concurrent submissions: statuses {statuses}")
    print(f"latency ms: median {pct(50):.1f}  p90 {pct(90):.1f}  p99 {pct(99):.1f}  max {latencies[-1]:.1f}")
    codes = [code for status, _, code in results if status == 201]
    if len(sys.argv) > 3:
        json.dump(codes, open(sys.argv[3], "w"))
    ok = check(base, codes)
    sys.exit(0 if ok and statuses.get(201, 0) == n else 1)

main()
