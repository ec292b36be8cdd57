#!/usr/bin/env python3
"""Work-order writes at a fixed rate, open loop: POST /api/work-orders every 1/rate s whether or not earlier ones answered.
Writes one CSV line per request: sent (unix s), latency (s, or -1), HTTP status (0 = no answer: refused/timeout).
Usage: writer.py URL TOKEN CATEGORY_ID HOUSEHOLD_ID TYPE RATE SECONDS OUT.csv"""
import csv, json, sys, threading, time, urllib.error, urllib.request

url, token, category, household, kind, rate, seconds, out = sys.argv[1:9]
rate, seconds = float(rate), float(seconds)
kind = int(kind) if kind.isdigit() else kind
rows, lock = [], threading.Lock()


def post(n):
    body = json.dumps({"type": kind, "categoryId": category, "householdId": household,
                       "description": f"restart benchmark write {n}", "faultSymptom": "NotWarm"}).encode()
    request = urllib.request.Request(url + "/api/work-orders", data=body, method="POST",
                                     headers={"Content-Type": "application/json", "Authorization": "Bearer " + token})
    sent = time.time()
    status, latency = 0, -1.0
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            response.read()
            status = response.status
    except urllib.error.HTTPError as e:
        status = e.code
    except Exception:
        status = 0
    if status:
        latency = time.time() - sent
    with lock:
        rows.append((sent, latency, status))


start, n, threads = time.time(), 0, []
while time.time() - start < seconds:
    t = threading.Thread(target=post, args=(n,), daemon=True)
    t.start()
    threads.append(t)
    n += 1
    time.sleep(max(0.0, start + n / rate - time.time()))
for t in threads:
    t.join(12)
with open(out, "w", newline="") as f:
    csv.writer(f).writerows(sorted(rows))
