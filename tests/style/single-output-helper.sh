#!/usr/bin/env bash
# Fails when production code (app/, ui/) writes a file other than through OutputFile
# (app/io/outputfile.h): QSaveFile renames over devices and FIFOs, and a QFile opened for
# writing, a QPrinter/QPdfWriter given a file name, QFile::copy/rename, fopen, ofstream or a
# raw open() for writing all bypass the rules for devices, links and full disks.
#   tests/style/single-output-helper.sh SOURCE_DIR
set -euo pipefail
cd "$1"
pattern='QSaveFile|QIODevice::(WriteOnly|ReadWrite|Append|Truncate|NewOnly)|QFile::(copy|rename|link)\(|setOutputFileName|QPdfWriter[[:space:]]*\([^&)]*"|QPdfWriter [a-z]+\(QString|\bfopen\(|ofstream|O_WRONLY|O_RDWR|O_CREAT'
hits=$(grep -rnE "$pattern" app ui --include='*.cpp' --include='*.h' | grep -v '^app/io/' || true)
if [ -n "$hits" ]; then
    echo "Files must be written through OutputFile (app/io/outputfile.h); found:"
    echo "$hits"
    exit 1
fi
echo "single-output-helper: no writer outside app/io"
