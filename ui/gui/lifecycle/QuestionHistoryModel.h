#pragma once

#include "LifecycleRecords.h"

#include <QAbstractTableModel>

namespace readiness {
class AssessmentRepository;
}

namespace readiness::ui {

/// A question's change history (answer, note, evidence): when, who, what,
/// before and after. Reads lifecycle::LifecycleRepository; no SQL here.
class QuestionHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { When, Who, What, Before, After, ColumnCount };

    explicit QuestionHistoryModel(QObject *parent = nullptr);
    /// Loads the history; returns the error text, empty on success.
    QString load(AssessmentRepository &repository, qint64 questionnaireRef, const QString &questionId);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// A change-log value (JSON object) as "key: value" lines for people.
    static QString readable(const QString &json);

private:
    QList<lifecycle::HistoryEntry> m_entries;
};

} // namespace readiness::ui
