#pragma once

#include <QDir>
#include <QFile>
#include <QString>

#include "io/nativeio.h"

namespace Gpsi {

// A user's path as the platform seam takes it (bytes on POSIX, UTF-16 on Windows), and back.
inline NativeIo::Path toNativePath(const QString &path)
{
#ifdef Q_OS_WIN
    return QDir::toNativeSeparators(path).toStdWString();
#else
    return QFile::encodeName(path).toStdString();
#endif
}

inline QString fromNativePath(const NativeIo::Path &path)
{
#ifdef Q_OS_WIN
    return QDir::toNativeSeparators(QString::fromStdWString(path));
#else
    return QFile::decodeName(QByteArray::fromStdString(path));
#endif
}

} // namespace Gpsi
