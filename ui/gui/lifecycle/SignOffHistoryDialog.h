#pragma once

#include "LifecycleRecords.h"

#include <QDialog>

class QPushButton;
class QTableWidget;

namespace readiness::ui {

class AssessmentSession;

/// Assessment ▸ Sign-off history…: every signed revision (who, when,
/// fingerprint, reopened when and why), and "Export report of this
/// revision…", which renders the report from the revision's snapshot.
class SignOffHistoryDialog final : public QDialog
{
    Q_OBJECT

public:
    SignOffHistoryDialog(AssessmentSession &session, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    /// The revision of the selected row; 0 when none is selected.
    int selectedRevision() const;
    /// Asks where, then writes the selected revision's report; the path
    /// written, or empty (cancelled or refused, with a message).
    QString exportSelected();

private:
    AssessmentSession &m_session;
    QTableWidget *m_table;
    QPushButton *m_export;
    QList<lifecycle::SignOffRecord> m_signOffs;
};

} // namespace readiness::ui
