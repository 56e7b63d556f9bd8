"""Times queries against a recoll (Xapian) index in one process, for `npm run bench -- search`.

argv: recoll config dir, JSON file of queries ([{"kind", "recoll"}]), repetitions, result limit.
Prints one JSON object: {"latencies_ms": [[ms per repetition] per query], "hits": [count]}.
Each query is run once untimed first, as the Casefile side does.
"""
import json
import sys
import time

from recoll import recoll


def run(db, text, limit):
    query = db.query()
    count = query.execute(text, stemming=1, stemlang="russian english")
    # Fetching the documents shown is part of answering; their stored abstracts come with them.
    rows = query.fetchmany(limit)
    return count, len(rows)


def main():
    confdir, queries_file, repetitions, limit = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    with open(queries_file, encoding="utf-8") as handle:
        queries = json.load(handle)
    db = recoll.connect(confdir=confdir)
    hits = [run(db, q["recoll"], limit)[0] for q in queries]
    latencies = []
    for q in queries:
        samples = []
        for _ in range(repetitions):
            started = time.perf_counter()
            run(db, q["recoll"], limit)
            samples.append((time.perf_counter() - started) * 1000)
        latencies.append(samples)
    print(json.dumps({"latencies_ms": latencies, "hits": hits}))


if __name__ == "__main__":
    main()
