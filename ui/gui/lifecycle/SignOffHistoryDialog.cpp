#include "SignOffHistoryDialog.h"

#include "AssessmentSession.h"
#include "LifecycleRepository.h"
#include "PlainText.h"
#include "ReportExport.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace readiness::ui {

namespace {
QString when(const QDateTime &at)
{
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}
} // namespace

SignOffHistoryDialog::SignOffHistoryDialog(AssessmentSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_table(new QTableWidget(this))
    , m_export(new QPushButton(tr("&Export report of this revision…"), this))
{
    setWindowTitle(tr("Sign-off history"));
    const AssessmentDocument &doc = session.document();
    auto signOffs = lifecycle::LifecycleRepository::signOffsOf(doc.repository(), doc.assessment().id);
    if (signOffs)
        m_signOffs = *signOffs;
    m_table->setObjectName(QStringLiteral("signOffTable"));
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels(
        {tr("Revision"), tr("Signed off by"), tr("On"), tr("Fingerprint (SHA-256)"), tr("Reopened")});
    m_table->setRowCount(int(m_signOffs.size()));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->setVisible(false);
    for (int row = 0; row < m_signOffs.size(); ++row) {
        const lifecycle::SignOffRecord &s = m_signOffs.at(row);
        const QString reopened
            = s.reopenedAt ? tr("%1 by %2: %3").arg(when(*s.reopenedAt), s.reopenedBy, s.reopenReason) : tr("in force");
        const QStringList cells = {QString::number(s.revision), tr("%1 (%2)").arg(s.name, s.role), when(s.signedAt),
                                   s.fingerprint, reopened};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(PlainText::toolTip(cells.at(column)));
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *note = PlainText::label(new QLabel(
        signOffs ? (m_signOffs.isEmpty() ? tr("This assessment has not been signed off yet.")
                                         : tr("Each signed revision's state is kept in the file; its report is "
                                              "rendered from that state, not from today's answers."))
                 : signOffs.error().toString(),
        this));
    note->setWordWrap(true);
    m_export->setObjectName(QStringLiteral("exportRevisionReport"));
    m_export->setEnabled(false);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_export->setEnabled(selectedRevision() > 0); });
    connect(m_export, &QPushButton::clicked, this, &SignOffHistoryDialog::exportSelected);
    if (!m_signOffs.isEmpty())
        m_table->selectRow(int(m_signOffs.size()) - 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(note);
    layout->addWidget(buttons);
    resize(820, 320);
}

int SignOffHistoryDialog::selectedRevision() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_signOffs.at(rows.first().row()).revision;
}

QString SignOffHistoryDialog::exportSelected()
{
    const int revision = selectedRevision();
    return revision > 0 ? ReportExport::run(this, m_session, ReportExport::Kind::Report, revision) : QString();
}

} // namespace readiness::ui
