#pragma once

#include "AssessmentRecords.h"

#include <QAbstractTableModel>

namespace readiness {
class AssessmentDocument;
struct ChangeEvent;
} // namespace readiness

namespace readiness::ui {

/// The action plan of an assessment: title, owner, due date, status and the
/// question each action came from; overdue actions stand out.
class ActionModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Title, Owner, Due, Status, QuestionColumn, ColumnCount };
    enum Role { ActionIdRole = Qt::UserRole + 1, OverdueRole, SortRole };

    explicit ActionModel(AssessmentDocument &document, QObject *parent = nullptr);

    ActionRecord record(int row) const;
    int overdueCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusText(ActionStatus status);

private:
    void onChanged(const ChangeEvent &event);

    AssessmentDocument &m_document;
    int m_rows = 0;
};

} // namespace readiness::ui
