#pragma once

#include <QList>
#include <QString>

#include <functional>

class QMainWindow;

namespace readiness::ui {

/// An entry that a library above readiness_ui adds to the File menu (the
/// client portfolio), after "Open the demo assessment". The arrows keep
/// running app -> that library -> ui -> core.
struct FileMenuEntry
{
    QString id; // registered once per id
    /// The text with its mnemonic; a function, so it is translated when shown.
    std::function<QString()> title;
    QString iconName;
    std::function<void(QMainWindow &window)> run;
};

namespace FileMenuEntries {

/// Registers @p entry (once per id); call before the window exists.
void add(const FileMenuEntry &entry);
const QList<FileMenuEntry> &all();

} // namespace FileMenuEntries

} // namespace readiness::ui
