#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace readiness {

/// File names on Linux are bytes, not text: a name need not be valid UTF-8
/// (an old Latin-1 "caf\xE9.txt", a name from a Windows share). Qt decodes
/// such names lossily (U+FFFD), after which the string no longer names the
/// file. NativePath keeps them: bytes that are not UTF-8 become the lone
/// surrogates U+DC80..U+DCFF (Python's "surrogateescape"), which valid UTF-8
/// can never produce, so encode() gives the very bytes back.
namespace NativePath {

/// @p bytes decoded as UTF-8, every byte that is not part of valid UTF-8
/// kept as U+DC00 + byte.
QString decode(const QByteArray &bytes);

/// The bytes @p path names: escaped bytes back as themselves, the rest as
/// UTF-8 (for a path without escapes, what QFile::encodeName gives).
QByteArray encode(const QString &path);

/// Whether @p path holds bytes that are not UTF-8 (escapes).
bool hasEscapes(const QString &path);

/// For display and storage: each escaped byte shown as U+FFFD.
QString displayText(const QString &path);

/// Remembers the program's arguments as it received them (main() calls it),
/// for fromArgument().
void setProgramArguments(int argc, const char *const *argv);

/// @p argument as the program received it: when Qt's decoding of an
/// argument lost bytes (it holds U+FFFD), the decode() of the raw argument
/// it came from, so that the path opens; otherwise @p argument unchanged.
QString fromArgument(const QString &argument);

/// The local file a file:// URL names (a drop from a file manager), with
/// the bytes of its percent-encoded name kept (QUrl::toLocalFile() would
/// decode bytes that are not UTF-8 lossily).
QString fromLocalFileUrl(const QUrl &url);

/// What stat(2) says of the file @p path names by its own bytes (QFileInfo
/// cannot name a file whose name is not UTF-8); symbolic links followed.
struct FileStatus
{
    bool exists = false;
    bool isFile = false; ///< a regular file
    bool isDir = false;
    qint64 size = 0;
};
FileStatus status(const QString &path);

/// @p path as a name that is valid UTF-8, to suggest when one that is not
/// cannot be used: each undecodable byte read as Latin-1 (an old "caf\xE9"
/// becomes "café"), or '_' where Latin-1 has a control character.
QString utf8Suggestion(const QString &path);

/// A path that Qt decoded lossily from the file system (a file dialog):
/// when @p path does not exist and its file name holds U+FFFD, the one
/// entry of its folder whose name decodes to the same text, with its bytes
/// kept; otherwise @p path unchanged.
QString fromLossyPath(const QString &path);

} // namespace NativePath

} // namespace readiness
