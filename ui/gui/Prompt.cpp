#include "Prompt.h"

#include <QAbstractButton>
#include <QDialog>
#include <QFileDialog>

#include <utility>

using namespace Qt::StringLiterals;

namespace readiness::ui {

namespace {
struct PromptState
{
    bool testMode = false;
    QList<QMessageBox::StandardButton> answers;
    QStringList fileNames;
    QList<Prompt::Message> shown;
    QStringList proposed;
    std::function<int(QDialog &)> dialogHandler;
};

PromptState &state()
{
    static PromptState s;
    return s;
}

QString nextFileName()
{
    return state().fileNames.isEmpty() ? QString() : state().fileNames.takeFirst();
}
} // namespace

QMessageBox::StandardButton Prompt::ask(QWidget *parent, const Message &message, QMessageBox::StandardButtons buttons,
                                        const QHash<QMessageBox::StandardButton, QString> &labels)
{
    state().shown.append(message);
    if (state().testMode)
        return state().answers.isEmpty() ? QMessageBox::Cancel : state().answers.takeFirst();
    return QMessageBox::StandardButton(messageBox(parent, message, buttons, labels)->exec());
}

std::unique_ptr<QMessageBox> Prompt::messageBox(QWidget *parent, const Message &message,
                                                QMessageBox::StandardButtons buttons,
                                                const QHash<QMessageBox::StandardButton, QString> &labels)
{
    auto box = std::make_unique<QMessageBox>(message.icon, message.title, message.text, buttons, parent);
    // Messages quote names from files and users: never HTML.
    box->setTextFormat(Qt::PlainText);
    box->setDetailedText(message.details);
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        if (QAbstractButton *button = box->button(it.key()))
            button->setText(it.value());
    return box;
}

void Prompt::inform(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
                    const QString &details)
{
    ask(parent, {icon, title, text, details}, QMessageBox::Ok);
}

QString Prompt::openFileName(QWidget *parent, const QString &title, const QString &directory, const QString &filter)
{
    if (state().testMode)
        return nextFileName();
    return QFileDialog::getOpenFileName(parent, title, directory, filter);
}

QString Prompt::saveFileName(QWidget *parent, const QString &title, const QString &path, const QString &filter)
{
    state().proposed.append(path);
    if (state().testMode)
        return nextFileName();
    return QFileDialog::getSaveFileName(parent, title, path, filter);
}

QStringList Prompt::openFileNames(QWidget *parent, const QString &title, const QString &directory,
                                  const QString &filter)
{
    if (state().testMode)
        return std::exchange(state().fileNames, {});
    return QFileDialog::getOpenFileNames(parent, title, directory, filter);
}

QString Prompt::existingDirectory(QWidget *parent, const QString &title, const QString &directory)
{
    if (state().testMode)
        return nextFileName();
    return QFileDialog::getExistingDirectory(parent, title, directory);
}

int Prompt::exec(QDialog &dialog)
{
    if (state().testMode)
        return state().dialogHandler ? state().dialogHandler(dialog) : int(QDialog::Rejected);
    return dialog.exec();
}

void Prompt::presetDialogHandler(const std::function<int(QDialog &)> &handler)
{
    state().testMode = true;
    state().dialogHandler = handler;
}

void Prompt::presetAnswers(const QList<QMessageBox::StandardButton> &answers)
{
    state().testMode = true;
    state().answers = answers;
}

void Prompt::presetFileNames(const QStringList &paths)
{
    state().testMode = true;
    state().fileNames = paths;
}

void Prompt::setTestMode(bool on)
{
    state().testMode = on;
}

QList<Prompt::Message> Prompt::shown()
{
    return state().shown;
}

QStringList Prompt::proposedPaths()
{
    return state().proposed;
}

void Prompt::clearShown()
{
    state().shown.clear();
    state().proposed.clear();
}

} // namespace readiness::ui
