#pragma once

#include <QString>

namespace readiness {

/// Text from an assessment file, a questionnaire or a user, made safe for
/// the place it goes to. Each rule lives here once, for every caller.
namespace UntrustedText {

/// A file name that is a base name only: the part after the last '/' or
/// '\', without control or bidi-format characters, never "." or "..",
/// at most 200 characters. Empty or nothing left: "evidence". Used when an
/// evidence name is stored and again wherever one is used as a file name.
QString fileBaseName(const QString &name);

/// Text for a terminal: control characters (C0 but TAB and LF, DEL, C1,
/// so ESC sequences) become a visible \xNN escape and cannot set the
/// title, write the clipboard or clear the screen. With @p keepNewlines
/// false LF is escaped too (one name, one line).
QString forTerminal(const QString &text, bool keepNewlines = false);

/// A cell for a spreadsheet file (CSV now, any later XLSX): a text starting
/// with '=', '+', '-', '@', TAB or CR gets a leading apostrophe, so Excel and
/// LibreOffice read it as text, not as a formula (OWASP "CSV Injection").
/// NUL characters are dropped. Use it for every cell that holds text.
QString spreadsheetCell(const QString &text);

} // namespace UntrustedText

} // namespace readiness
