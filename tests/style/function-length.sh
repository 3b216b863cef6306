#!/usr/bin/env bash
# Fails when a function in app/ or ui/ is longer than 100 lines (from the line of its name to
# its closing brace, as universal-ctags measures it) and is not in the allow-list
# tests/style/function-length-allow.txt ("path:function  reason", one a line, # comments).
# A stale allow-list entry (no longer over the limit) fails too, so the list stays true.
# Exits 77 (ctest SKIP_RETURN_CODE) when universal-ctags is not installed.
#   tests/style/function-length.sh SOURCE_DIR
set -euo pipefail
limit=100
cd "$1"
allow=tests/style/function-length-allow.txt

if ! command -v ctags >/dev/null || ! ctags --version 2>/dev/null | grep -q 'Universal Ctags'; then
    echo "function-length: SKIP, universal-ctags is not installed (packaging/deps.sh test)"
    exit 77
fi

# One line per function over the limit: "path:function<TAB>path:line<TAB>length".
# Lambdas have no name of their own; they are reported as "lambda in <enclosing function>".
over=$(ctags --languages=C++ --kinds-C++=f --fields=+ne -R -f - app ui | awk -F'\t' -v limit="$limit" '
    {
        line = ""; end = ""; scope = ""
        for (i = 4; i <= NF; i++) {
            if ($i ~ /^line:/) line = substr($i, 6)
            else if ($i ~ /^end:/) end = substr($i, 5)
            else if ($i ~ /^(function|class|struct|namespace):/) scope = substr($i, index($i, ":") + 1)
        }
        if (end == "" || end - line + 1 <= limit) next
        name = $1
        if (name ~ /^__anon/) { n = split(scope, parts, "::"); name = "lambda in " parts[n] }
        printf "%s:%s\t%s:%s\t%d\n", $2, name, $2, line, end - line + 1
    }' | sort -t$'\t' -k2,2V)

allowed=$(sed -e 's/#.*//' -e 's/[[:space:]]\{2,\}.*//' -e 's/[[:space:]]*$//' "$allow" | grep -v '^$' || true)

failed=0
while IFS=$'\t' read -r key where length; do
    [ -n "$key" ] || continue
    if grep -qxF "$key" <<<"$allowed"; then
        echo "allowed: $where ${key#*:} $length lines"
    else
        echo "too long: $where ${key#*:} $length lines (limit $limit)"
        failed=1
    fi
done <<<"$over"

while read -r key; do
    [ -n "$key" ] || continue
    if ! cut -f1 <<<"$over" | grep -qxF "$key"; then
        echo "stale allow-list entry (not over $limit lines, or gone): $key"
        failed=1
    fi
done <<<"$allowed"

if [ "$failed" -ne 0 ]; then
    echo "function-length: split the functions above by meaning, or allow one in $allow with a reason"
    exit 1
fi
echo "function-length: no function over $limit lines outside the allow-list"
