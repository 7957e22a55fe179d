#!/usr/bin/env python3
"""500 sign-ups in one second for one date with 200 seats (issue 11), through the public form as phones send it.

    event-signups.py BASE_URL EVENT_ID DATE_ID [N]

Takes one antiforgery cookie and token from the form (a browser would get its own; the server checks the pair, not
the client), then opens N connections at once, spread over one second, each posting one sign-up of one person.
Prints how many were seated, put on the waiting list, refused, the latency percentiles, and the outcome the
registrant's page shows for each code. Only ever point it at 127.0.0.1.
"""
import asyncio, re, sys, time, urllib.parse, urllib.request, http.cookiejar

base, event_id, date_id = sys.argv[1], sys.argv[2], sys.argv[3]
n = int(sys.argv[4]) if len(sys.argv) > 4 else 500
path = f"/litija/en/events/{event_id}/register/{date_id}"
jar = http.cookiejar.CookieJar()
opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
form = opener.open(base + path).read().decode()
token = re.search(r'name="__af" type="hidden" value="([^"]+)"', form).group(1)
cookie = "; ".join(f"{c.name}={c.value}" for c in jar)
host, port = urllib.parse.urlsplit(base).hostname, urllib.parse.urlsplit(base).port


async def post(i, delay):
    payload = urllib.parse.urlencode({"Name": f"Guest {i}", "PartySize": "1", "Email": "", "__af": token}).encode()
    request = (f"POST {path} HTTP/1.1\r\nHost: {host}:{port}\r\nContent-Type: application/x-www-form-urlencoded\r\n"
               f"Cookie: {cookie}\r\nContent-Length: {len(payload)}\r\nConnection: close\r\n\r\n").encode() + payload
    await asyncio.sleep(delay)
    began = time.perf_counter()
    reader, writer = await asyncio.open_connection(host, port)
    writer.write(request)
    await writer.drain()
    response = await reader.read()
    elapsed = (time.perf_counter() - began) * 1000
    writer.close()
    head, _, body = response.partition(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1])
    text = body.decode(errors="replace")
    code = re.search(r'id="registration-code">([^<]+)<', text)
    outcome = "seated" if "You are signed up." in text else "waiting" if "waiting list" in text and code else f"refused {status}"
    return outcome, elapsed, code.group(1) if code else None


async def main():
    results = await asyncio.gather(*(post(i, i / n) for i in range(n)))
    times = sorted(r[1] for r in results)
    pick = lambda q: times[min(len(times) - 1, int(q * len(times)))]
    counts = {}
    for outcome, _, _ in results:
        counts[outcome] = counts.get(outcome, 0) + 1
    print(f"{n} sign-ups in 1 s: {counts}")
    print(f"latency ms: p50 {pick(0.5):.1f}  p90 {pick(0.9):.1f}  p99 {pick(0.99):.1f}  max {times[-1]:.1f}")
    return results

asyncio.run(main())
