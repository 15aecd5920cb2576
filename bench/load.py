"""Load test for the web API: ``python bench/load.py [--duration 60] [--clients 8]``.

Starts ``gossipcheck serve`` in a subprocess on 127.0.0.1 (a free port), then
drives ``POST /api/check`` with a real ~600-word article (the first of 450-800 words in
../shared/data/gossipcop/extra.jsonl; ``--example`` uses the 343-word example instead)
from a second process
(asyncio + httpx, one connection per client) for ``--duration`` seconds,
stops everything and prints the request count, requests/s, p50/p99 latency
and the 5xx count. Exits 1 if any response was a 5xx. Loopback only.

Throughout the run a probe asks ``GET /api/health`` twice a second (its p99 and maximum
latency are reported), and the server's resident memory (all its processes) is sampled
every 5 s: ``rss_mb`` at minute 1 and at the end, and the growth between them, which is
the soak figure (``--duration 600``). ``cpu_ms_per_request`` is the CPU time each server
process spent during the load, per request of any status (the first entry is the process
``serve`` started; the others its workers): how evenly the cores were used and what the
web layer costs, figures that the other work on a shared machine disturbs less than req/s.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "radar-style-re-report.txt"
ARTICLE_FILE = os.environ.get("GOSSIPCHECK_LOAD_ARTICLE")  # set by the orchestrator


def article_text() -> str:
    if ARTICLE_FILE:
        return Path(ARTICLE_FILE).read_text(encoding="utf-8")
    return EXAMPLE.read_text(encoding="utf-8")


HOST = "127.0.0.1"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[index]


# ---- the driver (runs in its own process) -----------------------------------
async def drive(base: str, clients: int, duration: float) -> dict[str, Any]:
    payload = {"text": article_text()}
    latencies: list[float] = []
    statuses: Counter[str] = Counter()
    deadline = time.perf_counter() + duration
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, timeout=120, limits=limits) as client:

        async def worker() -> None:
            while time.perf_counter() < deadline:
                started = time.perf_counter()
                try:
                    response = await client.post("/api/check", json=payload)
                    statuses[str(response.status_code)] += 1
                except httpx.HTTPError as exc:
                    statuses[type(exc).__name__] += 1
                    continue
                latencies.append(time.perf_counter() - started)

        health: list[float] = []

        async def probe() -> None:
            async with httpx.AsyncClient(base_url=base, timeout=30) as own:
                while time.perf_counter() < deadline:
                    started = time.perf_counter()
                    try:
                        await own.get("/api/health")
                        health.append(time.perf_counter() - started)
                    except httpx.HTTPError:
                        health.append(float("inf"))
                    await asyncio.sleep(0.5)

        began = time.perf_counter()
        await asyncio.gather(probe(), *(worker() for _ in range(clients)))
        elapsed = time.perf_counter() - began
    return {
        "requests": sum(statuses.values()),
        "elapsed_s": round(elapsed, 2),
        "statuses": dict(statuses),
        "latencies": latencies,
        "health": health,
    }


def group_rss_mb(pgid: int) -> float:
    """Resident memory of every process in the process group ``pgid`` (Linux /proc)."""
    total_kb = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            if int(fields[2]) != pgid:
                continue
            for line in (stat.parent / "status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total_kb += int(line.split()[1])
        except (OSError, IndexError, ValueError):
            continue  # the process ended while we looked
    return total_kb / 1024


def group_cpu_s(pgid: int) -> dict[int, float]:
    """CPU seconds (user + system) of each process in the process group ``pgid``."""
    ticks = os.sysconf("SC_CLK_TCK")
    spent: dict[int, float] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            if int(fields[2]) == pgid:
                spent[int(stat.parent.name)] = (int(fields[11]) + int(fields[12])) / ticks
        except (OSError, IndexError, ValueError):
            continue  # the process ended while we looked
    return spent


def cpu_per_request(
    before: dict[int, float], after: dict[int, float], requests: int, server: int
) -> list[float]:
    """Milliseconds of CPU per request for each process that ran: the server's first."""
    used = {pid: after[pid] - before.get(pid, 0.0) for pid in after}
    order = sorted(used, key=lambda pid: (pid != server, pid))
    return [round(used[pid] * 1000 / max(1, requests), 2) for pid in order if used[pid] > 0]


# ---- the orchestrator -----------------------------------------------------------
def start_server(port: int, workers: int) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "gossipcheck.cli", "serve", "--host", HOST]
    command += ["--port", str(port), "--workers", str(workers)]
    return subprocess.Popen(
        command,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )


def wait_ready(base: str, server: subprocess.Popen[bytes], limit_s: float = 300) -> None:
    deadline = time.monotonic() + limit_s
    while time.monotonic() < deadline:
        if server.poll() is not None:
            err = server.stderr.read().decode(errors="replace") if server.stderr else ""
            raise SystemExit(f"server exited with {server.returncode}:\n{err[-2000:]}")
        try:
            if httpx.get(base + "/api/health", timeout=2).json().get("ready"):
                return
        except (httpx.HTTPError, ValueError):
            pass
        time.sleep(0.5)
    raise SystemExit("server did not become ready")


def stop_server(server: subprocess.Popen[bytes]) -> None:
    if server.poll() is None:
        os.killpg(server.pid, signal.SIGINT)
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()


def summarise(result: dict[str, Any], clients: int, duration: float) -> dict[str, Any]:
    latencies = result["latencies"]
    statuses: dict[str, int] = result["statuses"]
    five_xx = sum(n for code, n in statuses.items() if code.startswith("5"))
    errors = sum(n for code, n in statuses.items() if not code.isdigit())
    return {
        "clients": clients,
        "duration_s": duration,
        "requests": result["requests"],
        "ok_2xx": sum(n for code, n in statuses.items() if code.startswith("2")),
        "5xx": five_xx,
        "transport_errors": errors,
        "statuses": statuses,
        "requests_per_s": round(result["requests"] / result["elapsed_s"], 2),
        "p50_ms": round(percentile(latencies, 50) * 1000, 1),
        "p99_ms": round(percentile(latencies, 99) * 1000, 1),
        "max_ms": round(max(latencies, default=float("nan")) * 1000, 1),
        "health_p99_ms": round(percentile(result["health"], 99) * 1000, 1),
        "health_max_ms": round(max(result["health"], default=float("nan")) * 1000, 1),
        **rss_figures(result.get("rss", [])),
    }


def rss_figures(samples: list[tuple[float, float]]) -> dict[str, float]:
    """RSS at minute 1 (or the first sample) and at the end, and the growth between."""
    if not samples:
        return {}
    first = next((mb for t, mb in samples if t >= 60), samples[0][1])
    last = samples[-1][1]
    return {
        "rss_mb_minute_1": round(first, 1),
        "rss_mb_end": round(last, 1),
        "rss_growth_pct": round((last - first) / first * 100, 1) if first else 0.0,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=float, default=60.0, help="seconds of load")
    parser.add_argument("--clients", type=int, default=8, help="concurrent clients (>= 8)")
    parser.add_argument("--workers", type=int, default=1, help="server worker processes")
    parser.add_argument("--example", action="store_true", help="the 343-word example article")
    parser.add_argument("--drive", metavar="URL", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.drive:  # the second process
        result = asyncio.run(drive(args.drive, args.clients, args.duration))
        json.dump(result, sys.stdout)
        return 0

    global ARTICLE_FILE
    if not args.example:
        import tempfile

        from articles import long_articles

        with tempfile.NamedTemporaryFile(
            "w", suffix=".txt", delete=False, encoding="utf-8"
        ) as handle:
            handle.write(long_articles(1)[0])
        ARTICLE_FILE = os.environ["GOSSIPCHECK_LOAD_ARTICLE"] = handle.name
    print(f"article: {len(article_text().split())} words", file=sys.stderr)
    port = free_port()
    base = f"http://{HOST}:{port}"
    server = start_server(port, args.workers)
    try:
        wait_ready(base, server)
        httpx.post(base + "/api/check", json={"text": article_text()}, timeout=60)
        samples: list[tuple[float, float]] = []
        sampling = threading.Event()

        def sample() -> None:
            began = time.monotonic()
            while not sampling.wait(5.0):
                samples.append((time.monotonic() - began, group_rss_mb(server.pid)))

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        cpu_before = group_cpu_s(server.pid)
        driver = subprocess.run(
            [
                sys.executable,
                __file__,
                "--drive",
                base,
                "--clients",
                str(args.clients),
                "--duration",
                str(args.duration),
            ],
            capture_output=True,
            check=True,
            timeout=args.duration + 300,
        )
        cpu_after = group_cpu_s(server.pid)
        sampling.set()
        sampler.join()
    finally:
        stop_server(server)
    result = json.loads(driver.stdout)
    summary = summarise(result | {"rss": samples}, args.clients, args.duration)
    summary["cpu_ms_per_request"] = cpu_per_request(
        cpu_before, cpu_after, result["requests"], server.pid
    )
    print(json.dumps(summary, indent=2))
    verdict = "PASS: zero 5xx" if summary["5xx"] == 0 else f"FAIL: {summary['5xx']} 5xx"
    print(
        f"{verdict} | {summary['requests']} requests, {summary['requests_per_s']} req/s, "
        f"p50 {summary['p50_ms']} ms, p99 {summary['p99_ms']} ms "
        f"({args.clients} clients, {args.duration:g} s, POST /api/check)"
    )
    return 0 if summary["5xx"] == 0 and summary["transport_errors"] == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
