#pragma once

// The XML of one EVTX record (internal to EvtxReader), written from the events ChunkParser ran
// the record's binary XML into: names from the chunk's name pool, values escaped (except value
// types whose text never needs it), CDATA kept as CDATA.

#include <QString>

#include <span>
#include <vector>

#include "evtxevents.h"

namespace Gpsi::EvtxDetail {

class U16Buffer;

class EvtxXmlWriter
{
public:
    EvtxXmlWriter(std::span<const Ev> events, const U16Buffer &text,
                  const std::vector<NameEntry> &names, const U16Buffer &namePool);

    // xmlSize: the length of the XML before escaping, as the chunk parser counted it while it
    // ran the record; the string is sized to it once and only grows when escaping adds to it.
    QString write(qsizetype xmlSize) const;

private:
    template<class Out> void render(Out &out) const;

    std::span<const Ev> m_events;
    const U16Buffer &m_text;
    const std::vector<NameEntry> &m_names;
    const U16Buffer &m_namePool;
};

} // namespace Gpsi::EvtxDetail
