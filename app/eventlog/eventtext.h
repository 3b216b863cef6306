#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Gpsi {

// Reads what an admin pastes from Event Viewer (the text of an Application Management 101-110
// or UserEnv 1000 event, or any text holding a path) and pulls out what the wizard can use:
// package paths, the application, the policy and the error code.
struct EventText
{
    Q_DECLARE_TR_FUNCTIONS(Gpsi::EventText)

public:
    QStringList paths; // UNC and drive-letter paths to packages, in order of appearance
    QString application;
    QString policy;
    QString errorText;
    int errorCode = -1;
    int eventId = -1; // when the text is recognisably one event (102, 108, 1000, ...)

    static EventText extract(const QString &text);
    bool isEmpty() const
    {
        return paths.isEmpty() && application.isEmpty() && errorCode < 0 && eventId < 0;
    }
    // One line for people: what was found, and what to do when the event holds no path.
    QString summary() const;

    // Official name of a Windows error code seen in these events, or empty.
    static QString errorName(int code);
};

} // namespace Gpsi
