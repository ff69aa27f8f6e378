#!/usr/bin/env bash
# Benchmarks PIAdesk on demo case files of 1,000, 10,000 and 100,000 cases (docs/PERFORMANCE.md).
#   scripts/bench.sh                 every size; the demo files are kept in bench-data/ for the next run
#   scripts/bench.sh 1000 10000      some sizes
#   scripts/bench.sh --smoke         1,000 cases, each benchmark once (CI: the benchmarks still run), on a case file
#                                    and on a team store
#   scripts/bench.sh --team [SIZES]  the same benchmarks on a team store: a PostgreSQL cluster of the benchmarks' own in
#                                    bench-data/team (started for the run, stopped after), over its Unix socket
#                                    (docs/team-store.md); its demo stores are kept for the next run like the files
#                                    (--smoke: a throwaway cluster in a temporary folder)
# Every benchmark runs in a process of its own, so that its peak memory (peak_MiB) is its own.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh

sizes=(1000 10000 100000)
smoke=0
team=0
if [ "${1:-}" = "--team" ]; then
    team=1
    shift
fi
# The median of three runs: the first may find the file's pages still on disk, not in the page cache.
extra=(--benchmark_repetitions=3 --benchmark_report_aggregates_only=true)
pattern="^BM_.*_median"
if [ "${1:-}" = "--smoke" ]; then
    sizes=(1000)
    smoke=1
    extra=(--benchmark_min_time=0)
    pattern="^BM_"
    shift
elif [ $# -gt 0 ]; then
    sizes=("$@")
fi
files=1
[ "$team" = 1 ] && files=0
[ "$smoke" = 1 ] && team=1

build=${PIADESK_BENCH_BUILD:-build-bench} # CI reuses the test build
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release > /dev/null
cmake --build "$build" --parallel --target piadesk_bench piadesk-cli

data=bench-data
mkdir -p "$data"
# The settings and data directory of the window benchmarks: not the user's.
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export XDG_CONFIG_HOME=$home XDG_DATA_HOME=$home QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8

benchmarks=$(PIADESK_BENCH_FILE=/dev/null "$build/tests/piadesk_bench" --benchmark_list_tests=true)

# Every benchmark, then the CLI's whole-store commands, on a case file (--file PATH) or a team store (--db URL).
run_benchmarks() {
    local where=$1 store=$2 b
    for b in $benchmarks; do
        PIADESK_BENCH_FILE="$store" "$build/tests/piadesk_bench" --benchmark_filter="^$b(/|\$)" "${extra[@]}" \
            2>/dev/null | grep -E "$pattern"
    done
    /usr/bin/time -f "   piadesk-cli deadlines: %e s, peak %M KiB" "$build/app/piadesk-cli" "$where" "$store" deadlines > /dev/null
    /usr/bin/time -f "   piadesk-cli deadlines --json: %e s, peak %M KiB" "$build/app/piadesk-cli" "$where" "$store" deadlines --json > /dev/null
    /usr/bin/time -f "   piadesk-cli list --json: %e s, peak %M KiB" "$build/app/piadesk-cli" "$where" "$store" list --json > /dev/null
}

echo "PIAdesk $(git describe --always --dirty 2>/dev/null || echo '?') on $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
for n in "${sizes[@]}"; do
    [ "$files" = 1 ] || break
    file="$data/demo-$n.piadesk"
    if [ ! -f "$file" ]; then
        echo "== writing $n demo cases to $file"
        rm -f "$file.part"
        /usr/bin/time -f "   (%e s, peak %M KiB)" "$build/app/piadesk-cli" --file "$file.part" --today 2026-11-23 demo --cases "$n"
        mv "$file.part" "$file"
    fi
    echo "== $n cases, $(du -hL "$file" | cut -f1)"
    run_benchmarks --file "$file"
done

# The same on a team store: a cluster of the benchmarks' own, run as an unprivileged user when this is root
# (PostgreSQL refuses to run as root), reached over its Unix socket and stopped at the end. Its demo stores are kept in
# bench-data/team like the demo files (a store is written as demoN_part and renamed when whole); the smoke run's
# cluster is a throwaway one in a temporary folder.
if [ "$team" = 1 ]; then
    pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
    as=()
    if [ "$smoke" = 1 ]; then
        cluster=$(mktemp -d)
        keep=0
    else
        cluster="$PWD/$data/team"
        mkdir -p "$cluster"
        keep=1
    fi
    if [ "$(id -u)" -eq 0 ]; then
        chown nobody: "$cluster"
        as=(runuser -u nobody --)
    fi
    if [ "$keep" = 1 ]; then
        trap '"${as[@]}" "$pgbin/pg_ctl" -D "$cluster/data" -m fast stop > /dev/null 2>&1 || true; rm -rf "$home"' EXIT
    else
        trap '"${as[@]}" "$pgbin/pg_ctl" -D "$cluster/data" -m immediate stop > /dev/null 2>&1 || true; rm -rf "$cluster" "$home"' EXIT
    fi
    if [ ! -f "$cluster/data/PG_VERSION" ]; then
        "${as[@]}" "$pgbin/initdb" -D "$cluster/data" -A trust -U piadesk --no-sync -E UTF8 --locale=C.UTF-8 > /dev/null
    fi
    if ! "${as[@]}" "$pgbin/pg_ctl" -D "$cluster/data" status > /dev/null 2>&1; then
        "${as[@]}" "$pgbin/pg_ctl" -D "$cluster/data" -l "$cluster/log" -w -o "-k $cluster -c listen_addresses=" start > /dev/null
    fi
    psql_as() { "${as[@]}" env PGOPTIONS="-c client_min_messages=warning" psql -h "$cluster" -U piadesk -d postgres -Atq "$@"; }
    for n in "${sizes[@]}"; do
        url="postgresql:///demo$n?host=$cluster&user=piadesk"
        if [ "$(psql_as -c "SELECT 1 FROM pg_database WHERE datname = 'demo$n'")" != 1 ]; then
            psql_as -c "DROP DATABASE IF EXISTS demo${n}_part"
            "${as[@]}" "$pgbin/createdb" -h "$cluster" -U piadesk "demo${n}_part"
            echo "== writing $n demo cases to a team store"
            /usr/bin/time -f "   (%e s, peak %M KiB)" "$build/app/piadesk-cli" --db "postgresql:///demo${n}_part?host=$cluster&user=piadesk" \
                --today 2026-11-23 demo --cases "$n" > /dev/null
            psql_as -c "ALTER DATABASE demo${n}_part RENAME TO demo$n"
        fi
        size=$(psql_as -c "SELECT pg_size_pretty(pg_database_size('demo$n'))")
        echo "== $n cases, team store of $size (PostgreSQL $("$pgbin/postgres" --version | awk '{ print $3 }'), Unix socket)"
        run_benchmarks --db "$url"
    done
fi

# The large case's report (case 1) beside LibreOffice converting the same text, the report's OpenDocument working
# copy, to PDF: whole processes, three runs each after one to warm up. LibreOffice is installed here only, never for
# the tests or the app.
if [ "$smoke" = 0 ] && [ "$files" = 1 ]; then
    if ! command -v soffice > /dev/null; then
        sudo=""
        [ "$(id -u)" -ne 0 ] && sudo="sudo"
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends libreoffice-writer-nogui > /dev/null
    fi
    file="$data/demo-${sizes[0]}.piadesk"
    "$build/app/piadesk-cli" --file "$file" render 1 --lang zh_CN --odt "$home/report.odt" > /dev/null
    echo "== the large case's report, $file"
    for run in warm 1 2 3; do
        /usr/bin/time -f "   piadesk-cli render --report ($run): %e s, peak %M KiB" \
            "$build/app/piadesk-cli" --file "$file" render 1 --lang zh_CN --report "$home/report.pdf" > /dev/null
    done
    for run in warm 1 2 3; do
        /usr/bin/time -f "   LibreOffice converting the same text to PDF ($run): %e s, peak %M KiB" \
            soffice --headless "-env:UserInstallation=file://$home/libreoffice" --convert-to pdf \
            --outdir "$home/libreoffice-out" "$home/report.odt" > /dev/null
    done
fi
