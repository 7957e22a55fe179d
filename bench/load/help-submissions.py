#!/usr/bin/env python3
"""Bursts of help requests submitted at the same moment to a running Involvim; every acknowledged one is looked up.

    help-submissions.py BASE_URL [N] [BURSTS] [CODES_FILE]
    help-submissions.py --check BASE_URL CODES_FILE

Each burst opens N connections at once (a new TCP connection per request, as N phones would) and sends one
submission on each. The client is one asyncio loop, so it needs far less CPU than N threads and leaves the
(shared) cores to the server. Prints latency percentiles per burst and over all bursts, then how many acknowledged
(201) requests the server finds by their tracking code. With CODES_FILE the codes are written there, to check them
again after a restart (--check). Only ever point it at 127.0.0.1.
"""
import asyncio, json, sys, time, urllib.error, urllib.request
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlsplit

PATH = "/api/v1/regions/litija/help-requests?lang=en"


def body(i):
    return json.dumps({
        "category": ["housing", "documents-permits", "health", "language-learning"][i % 4],
        "description": f"Load test request {i}: I need help with a form.",
        "languages": [["uk", "en"], ["ne", "en"], ["ar"], ["bs", "sl"]][i % 4],
        "urgency": "normal",
        "times": ["tue-evening"],
        "contact": {"method": "phone", "value": f"+386 40 {100000 + i}"},
        "consent": True,
    }).encode()


async def post(host, port, i, start):
    payload = body(i)
    request = (f"POST {PATH} HTTP/1.1\r\nHost: {host}:{port}\r\nContent-Type: application/json\r\n"
               f"Content-Length: {len(payload)}\r\nConnection: close\r\n\r\n").encode() + payload
    await start.wait()
    began = time.perf_counter()
    try:
        reader, writer = await asyncio.open_connection(host, port)
        writer.write(request)
        await writer.drain()
        response = await reader.read()  # Connection: close, so the server ends the stream
        elapsed = (time.perf_counter() - began) * 1000
        writer.close()
        head, _, content = response.partition(b"\r\n\r\n")
        status = int(head.split(b" ", 2)[1])
        if b"transfer-encoding: chunked" in head.lower():
            content = dechunk(content)
        code = json.loads(content)["trackingCode"] if status == 201 else None
        return status, elapsed, code
    except Exception as e:  # connection refused, reset
        return type(e).__name__, (time.perf_counter() - began) * 1000, None


def dechunk(data):
    out = b""
    while True:
        size, _, data = data.partition(b"\r\n")
        length = int(size.split(b";")[0], 16)
        if length == 0:
            return out
        out, data = out + data[:length], data[length + 2:]


async def burst(host, port, n, offset):
    start = asyncio.Event()
    tasks = [asyncio.create_task(post(host, port, offset + i, start)) for i in range(n)]
    await asyncio.sleep(0.05)  # every task is waiting on the event
    start.set()
    return await asyncio.gather(*tasks)


def pct(latencies, p):
    return latencies[min(len(latencies) - 1, max(0, int(round(p / 100 * len(latencies))) - 1))]


def summary(label, latencies):
    latencies = sorted(latencies)
    return (f"{label}: median {pct(latencies, 50):.1f}  p90 {pct(latencies, 90):.1f}  p99 {pct(latencies, 99):.1f}"
            f"  max {latencies[-1]:.1f} ms")


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
    bursts = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    url = urlsplit(base)
    results, p99s = [], []
    for b in range(bursts):
        one = asyncio.run(burst(url.hostname, url.port, n, b * n))
        results += one
        latencies = sorted(ms for _, ms, _ in one)
        p99s.append(pct(latencies, 99))
        print(summary(f"burst {b + 1} of {n}", latencies))
        time.sleep(0.5)
    statuses = {}
    for status, _, _ in results:
        statuses[status] = statuses.get(status, 0) + 1
    print(f"{bursts} bursts of {n} concurrent submissions: statuses {statuses}")
    print(summary("all bursts", [ms for _, ms, _ in results]))
    print(f"p99 per burst: median {sorted(p99s)[(len(p99s) - 1) // 2]:.1f}  worst {max(p99s):.1f} ms")
    codes = [code for status, _, code in results if status == 201]
    if len(sys.argv) > 4:
        json.dump(codes, open(sys.argv[4], "w"))
    ok = check(base, codes)
    sys.exit(0 if ok and statuses.get(201, 0) == n * bursts else 1)


main()
