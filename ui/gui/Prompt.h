#pragma once

#include <QMessageBox>
#include <QStringList>

#include <functional>
#include <memory>

namespace readiness::ui {

/// Every message box and file dialog of the application goes through here,
/// so tests can preset the answers and no modal dialog blocks a test.
class Prompt final
{
public:
    struct Message
    {
        QMessageBox::Icon icon = QMessageBox::Information;
        QString title;
        QString text;
        QString details;
    };

    /// Shows @p message with @p buttons; @p labels renames buttons
    /// ("Open read-only"). Returns the button chosen.
    static QMessageBox::StandardButton ask(QWidget *parent, const Message &message,
                                           QMessageBox::StandardButtons buttons = QMessageBox::Ok,
                                           const QHash<QMessageBox::StandardButton, QString> &labels = {});
    /// The box ask() shows: its texts are plain text, whatever they hold.
    static std::unique_ptr<QMessageBox> messageBox(QWidget *parent, const Message &message,
                                                   QMessageBox::StandardButtons buttons,
                                                   const QHash<QMessageBox::StandardButton, QString> &labels = {});
    static void inform(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
                       const QString &details = QString());

    static QString openFileName(QWidget *parent, const QString &title, const QString &directory, const QString &filter);
    static QString saveFileName(QWidget *parent, const QString &title, const QString &path, const QString &filter);
    /// Several files at once; in test mode every preset file name left.
    static QStringList openFileNames(QWidget *parent, const QString &title, const QString &directory,
                                     const QString &filter);
    static QString existingDirectory(QWidget *parent, const QString &title, const QString &directory);

    /// Runs a modal dialog (action editor, wizard); in test mode the preset
    /// handler fills it in and answers instead of exec().
    static int exec(QDialog &dialog);
    static void presetDialogHandler(const std::function<int(QDialog &)> &handler);

    /// Tests: the answers given, in order, instead of showing dialogs. Once
    /// preset, prompts never show; an exhausted queue answers Cancel / "".
    static void presetAnswers(const QList<QMessageBox::StandardButton> &answers);
    static void presetFileNames(const QStringList &paths);
    static void setTestMode(bool on);
    /// Tests: what was asked so far.
    static QList<Message> shown();
    /// Tests: the paths save dialogs proposed so far.
    static QStringList proposedPaths();
    static void clearShown();
};

} // namespace readiness::ui
