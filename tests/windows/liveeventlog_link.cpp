// Link check for the wevtapi seam (app/eventlog/liveeventlog_win.cpp): built with mingw-w64 and
// -lwevtapi by the ctest windows.link.liveeventlog, never run here. On Windows it reads the
// newest System events: liveeventlog_link.exe [maxEvents]
#include "eventlog/liveeventlog.h"

#include <cstdio>
#include <cstdlib>

int main(int argc, char **argv)
{
    const unsigned long maxEvents = argc > 1 ? std::strtoul(argv[1], nullptr, 10) : 5;
    std::size_t shown = 0;
    const Gpsi::LiveEventLog::Result result = Gpsi::LiveEventLog::query(
        {L"System", L"*[System[(Level=1 or Level=2 or Level=3)]]"}, maxEvents,
        [&](const std::wstring &xml) {
            std::printf("%.200ls\n", xml.c_str());
            return ++shown < 1000;
        },
        nullptr);
    std::printf("%s: %zu event(s), error %lu %s %s\n", Gpsi::LiveEventLog::statusId(result.status),
                result.events, result.error, result.errorName.c_str(), result.errorText.c_str());
    return result.status == Gpsi::LiveEventLog::Status::Ok ? 0 : 1;
}
