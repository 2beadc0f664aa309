#pragma once

#include <QDate>
#include <QWidget>

class QPushButton;
class QTreeWidget;

namespace readiness::ui {

class AssessmentSession;

/// The dates that matter beyond the target date (board meetings, renewals,
/// regulatory deadlines): each with its countdown in calendar and working
/// days. Shown on the dashboard and in the report's cover.
class KeyDatesPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit KeyDatesPanel(AssessmentSession &session, QWidget *parent = nullptr);

    /// Adds a date (what the Add… dialog does); false with a message on error.
    bool addKeyDate(const QString &label, QDate date);
    int count() const;
    QString rowText(int row) const; // "label · date · countdown", for tests
    /// How every countdown counts days, for tooltips (docs/countdown.md).
    static QString countdownRule();

public slots:
    void addWithDialog();
    void removeSelected();
    void refresh();

private:
    AssessmentSession &m_session;
    QTreeWidget *m_list;
    QPushButton *m_remove;
};

} // namespace readiness::ui
