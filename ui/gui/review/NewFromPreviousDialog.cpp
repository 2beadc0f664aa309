#include "NewFromPreviousDialog.h"

#include "AssessmentFile.h"
#include "EvidenceStore.h"
#include "Prompt.h"

#include <QCheckBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace readiness::ui {

namespace {
/// Beside the old file, named after it and this year; never an existing name.
QString suggestedTarget(const QString &source)
{
    const QFileInfo fi(source);
    const QString base = fi.completeBaseName() + u"-review-"_s + QString::number(QDate::currentDate().year());
    QString path = fi.dir().filePath(base + u".gdpra"_s);
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = fi.dir().filePath(u"%1-%2.gdpra"_s.arg(base).arg(n));
    return path;
}

QWidget *withButton(QLineEdit *edit, QPushButton *button, QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    layout->addWidget(button);
    return row;
}
} // namespace

NewFromPreviousDialog::NewFromPreviousDialog(const QString &source, const QString &actor, QWidget *parent)
    : QDialog(parent)
    , m_actor(actor)
    , m_source(new QLineEdit(this))
    , m_target(new QLineEdit(this))
    , m_move(new QCheckBox(tr("&Move to newer questionnaire versions where there are any"), this))
    , m_plan(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New assessment from a previous one"));
    m_source->setAccessibleName(tr("Previous assessment file"));
    m_target->setAccessibleName(tr("New assessment file"));
    m_plan->setReadOnly(true);
    m_plan->setAccessibleName(tr("What will be carried over"));
    m_plan->setObjectName(u"carryOverPlan"_s);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
    auto *browseSource = new QPushButton(tr("&Browse…"), this);
    auto *browseTarget = new QPushButton(tr("B&rowse…"), this);

    auto *form = new QFormLayout;
    form->addRow(tr("&Previous assessment:"), withButton(m_source, browseSource, this));
    form->addRow(tr("&New file:"), withButton(m_target, browseTarget, this));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("The organisation, every answer with its note, the evidence (copied, with its "
                                    "SHA-256) and the open actions are carried over. Each answer is marked to "
                                    "review until you confirm or change it. The previous file is only read."),
                                 this));
    layout->addLayout(form);
    layout->addWidget(m_move);
    layout->addWidget(m_plan, 1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewFromPreviousDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browseSource, &QPushButton::clicked, this, [this] { browse(true); });
    connect(browseTarget, &QPushButton::clicked, this, [this] { browse(false); });
    connect(m_source, &QLineEdit::editingFinished, this, &NewFromPreviousDialog::updatePlan);
    connect(m_move, &QCheckBox::toggled, this, &NewFromPreviousDialog::updatePlan);
    resize(640, 480);
    setSource(source);
}

QString NewFromPreviousDialog::createWithDialog(QWidget *parent, const QString &source, const QString &actor)
{
    NewFromPreviousDialog dialog(source, actor, parent);
    if (Prompt::exec(dialog) != QDialog::Accepted)
        return {};
    return dialog.createdPath();
}

void NewFromPreviousDialog::setSource(const QString &path)
{
    m_source->setText(QDir::toNativeSeparators(path));
    if (!path.isEmpty())
        m_target->setText(QDir::toNativeSeparators(suggestedTarget(path)));
    updatePlan();
}

void NewFromPreviousDialog::setTarget(const QString &path)
{
    m_target->setText(QDir::toNativeSeparators(path));
}

void NewFromPreviousDialog::setMoveQuestionnaires(bool move)
{
    m_move->setChecked(move);
}

QString NewFromPreviousDialog::planText() const
{
    return m_plan->toPlainText();
}

review::CarryOver::Options NewFromPreviousDialog::options() const
{
    review::CarryOver::Options o;
    o.source = QDir::fromNativeSeparators(m_source->text().trimmed());
    o.target = QDir::fromNativeSeparators(m_target->text().trimmed());
    o.moveQuestionnaires = m_move->isChecked();
    o.actor = m_actor;
    return o;
}

void NewFromPreviousDialog::updatePlan()
{
    const review::CarryOver::Options o = options();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    if (o.source.isEmpty()) {
        m_plan->setPlainText(tr("Choose the previous assessment file."));
        return;
    }
    auto plan = review::CarryOver::plan(o);
    if (!plan) {
        m_plan->setPlainText(plan.error().toString());
        return;
    }
    QStringList lines;
    lines << tr("From %1 (%2):").arg(QFileInfo(o.source).fileName(), plan->organisation)
          << tr("%1 answers carried over, each to review").arg(plan->answers)
          << tr("%1 evidence files copied (%2)")
                 .arg(plan->evidence)
                 .arg(QLocale().formattedDataSize(plan->evidenceBytes, 1, QLocale::DataSizeIecFormat))
          << tr("%1 open actions").arg(plan->actions);
    if (!plan->predecessor.signOff.isEmpty())
        lines << tr("Previous assessment: %1").arg(plan->predecessor.signOff);
    for (const review::QuestionnaireChange &c : std::as_const(plan->changes)) {
        lines << QString();
        lines << (c.moved ? tr("Questionnaire %1 moves from version %2 to %3:")
                          : tr("Questionnaire %1: version %3 is available (you answered %2); tick the box to move:"))
                     .arg(c.questionnaireId, c.fromVersion, c.toVersion);
        const QString none = tr("none");
        lines << tr("  added: %1").arg(c.added.isEmpty() ? none : c.added.join(u", "_s))
              << tr("  removed (answers kept as history): %1").arg(c.removed.isEmpty() ? none : c.removed.join(u", "_s))
              << tr("  reworded: %1").arg(c.reworded.isEmpty() ? none : c.reworded.join(u", "_s));
    }
    if (plan->history > 0)
        lines << QString()
              << tr("%1 answers are kept as history only (their question was removed or cannot take the old "
                    "answer); the report lists them in its appendix.")
                     .arg(plan->history);
    m_plan->setPlainText(lines.join(u'\n'));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
}

void NewFromPreviousDialog::browse(bool source)
{
    const QString filter = tr("Assessments (*.%1)").arg(QLatin1StringView(AssessmentFile::kExtension));
    const QString path = source ? Prompt::openFileName(this, tr("Previous assessment"), m_source->text(), filter)
                                : Prompt::saveFileName(this, tr("New assessment file"), m_target->text(), filter);
    if (path.isEmpty())
        return;
    if (source)
        setSource(path);
    else
        setTarget(path);
}

void NewFromPreviousDialog::accept()
{
    const review::CarryOver::Options o = options();
    if (o.target.isEmpty()) {
        Prompt::inform(this, QMessageBox::Warning, windowTitle(), tr("Choose a name for the new file."));
        return;
    }
    auto done = review::CarryOver::run(o);
    if (!done) {
        Prompt::inform(this, QMessageBox::Warning, windowTitle(), tr("The new assessment was not created."),
                       done.error().toString());
        return;
    }
    m_created = o.target;
    QDialog::accept();
}

} // namespace readiness::ui
