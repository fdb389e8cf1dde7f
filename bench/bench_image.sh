# The RBD benchmarks' image and change (sourced by rbd_bench.sh and
# rados_bench.sh, so their figures are of the same data).
#
# bench_image FILE SIZE_MIB: 1/2 random, 1/4 compressible log text, 1/4 unallocated.
# bench_change FILE SIZE_MIB: the 1% change as an "rbd diff v1" stream for
# rbd import-diff: one random piece in each of bench_places equal stripes of
# the image (random, text and unallocated parts alike), the same every time.
# shellcheck shell=bash

bench_places=20
bench_piece() { echo $(( $1 * 1024 / 100 / bench_places / 4 * 4 * 1024 )); }

bench_image() {
    local file=$1 size_mib=$2
    local half_mib=$(( size_mib / 2 )) quarter_mib=$(( size_mib / 4 ))
    truncate -s $(( size_mib * 1048576 )) "$file"
    dd if=/dev/urandom of="$file" bs=1M count="$half_mib" iflag=fullblock conv=notrunc status=none
    awk -v total=$(( quarter_mib * 1048576 )) 'BEGIN {
        srand(7); n = 0; t = 1700000000;
        split("GET POST PUT DELETE", m, " "); split("200 200 200 201 204 304 404 500", s, " ");
        split("api-gw auth billing search storage", svc, " ");
        while (n < total) {
            i++; t += int(rand() * 3);
            line = sprintf("2024-%02d-%02dT%02d:%02d:%02d.%06dZ node%02d %s[%d]: %s /v1/items/%d?page=%d status=%s bytes=%d dur=%dms req=%08x\n",
                (i / 9000000) % 12 + 1, (t / 86400) % 28 + 1, (t / 3600) % 24, (t / 60) % 60, t % 60, i % 1000000,
                i % 17, svc[i % 5 + 1], 1000 + i % 913, m[i % 4 + 1], int(rand() * 100000), i % 50,
                s[int(rand() * 8) + 1], int(rand() * 65536), int(rand() * 900) + 1, i * 2654435761 % 4294967296);
            if (n + length(line) > total) line = substr(line, 1, total - n);
            printf "%s", line; n += length(line);
        } }' | dd of="$file" bs=1M seek="$half_mib" iflag=fullblock conv=notrunc status=none
}

bench_change() {
    local file=$1 size_mib=$2
/usr/bin/python3 - "$file" $(( size_mib * 1048576 )) "$bench_places" "$(bench_piece "$size_mib")" <<'EOF'
import random, struct, sys
path, size, places, piece = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
rng = random.Random(42)
stripe = size // places
with open(path, "wb") as f:
    f.write(b"rbd diff v1\n")
    for k in range(places):
        off = k * stripe + rng.randrange((stripe - piece) // 4096) * 4096
        f.write(b"w" + struct.pack("<QQ", off, piece) + rng.randbytes(piece))
    f.write(b"e")
EOF
}
