#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

namespace readiness {

/// Reading a whole input file (a questionnaire, an assessment description)
/// that someone else may have chosen: only a regular file is read. A FIFO,
/// a device (/dev/zero), a socket or a folder is refused at once, without
/// blocking on a FIFO that has no writer, and a file larger than the limit
/// is refused before anything is read.
namespace InputFile {

/// The whole content of @p path, or an error naming it and saying why not.
/// @p what names the kind of file in messages ("questionnaire").
Result<QByteArray> readAll(const QString &path, qint64 maxBytes, const QString &what);

} // namespace InputFile

} // namespace readiness
