#pragma once

#include "Result.h"

#include <QByteArray>
#include <QFile>
#include <QString>

#include <memory>

namespace readiness {

/// Reading an input file (a questionnaire, an assessment description, a CRM
/// export, a column mapping) that someone else may have chosen: only a
/// regular file is read. A FIFO, a device (/dev/zero), a socket or a folder
/// is refused at once, without blocking on a FIFO that has no writer, and a
/// file larger than the limit is refused before anything is read.
namespace InputFile {

/// No size limit: CRM exports run to hundreds of megabytes and are streamed.
inline constexpr qint64 kNoLimit = -1;

/// @p path opened for reading if it is a regular file of at most
/// @p maxBytes (kNoLimit: any size), or an error naming it and saying why
/// not. @p what names the kind of file in messages ("questionnaire").
Result<std::unique_ptr<QFile>> open(const QString &path, qint64 maxBytes, const QString &what);

/// The whole content of @p path (see open()); a file that grows over
/// @p maxBytes while it is read is refused too. @p maxBytes must be a limit.
Result<QByteArray> readAll(const QString &path, qint64 maxBytes, const QString &what);

} // namespace InputFile

} // namespace readiness
