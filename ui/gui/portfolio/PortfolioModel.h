#pragma once

#include "PortfolioEntry.h"

#include <QAbstractTableModel>

namespace readiness::ui {

/// The rows of the Portfolio window: one assessment file each, readable or
/// with the reason it is not (portfolio::PortfolioScanner's entries).
class PortfolioModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        File,
        Organisation,
        Score,
        Rag,
        Coverage,
        CriticalGaps,
        Overdue,
        NextDate,
        SignOff,
        LastChange,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, ///< numbers and dates as such; unreadable files last
        PathRole,
        ProblemRole, ///< portfolio::Problem as int
        RagRole, ///< readiness::Rag as int
        SignOffRole, ///< portfolio::SignOffState as int
    };

    explicit PortfolioModel(QObject *parent = nullptr);

    /// Replaces every row (a new folder, or a full scan).
    void setEntries(const QList<portfolio::PortfolioEntry> &entries);
    /// Updates the row of @p entry's file, adding it when new.
    void updateEntry(const portfolio::PortfolioEntry &entry);
    /// Removes the row of @p path (the file is gone).
    void removePath(const QString &path);
    const QList<portfolio::PortfolioEntry> &entries() const { return m_entries; }
    int rowOf(const QString &path) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// What a cell says, in words (display, accessible text, the filter).
    static QString problemText(portfolio::Problem problem);
    static QString signOffText(const portfolio::PortfolioEntry &entry);

private:
    QVariant display(const portfolio::PortfolioEntry &e, int column) const;
    QVariant sortKey(const portfolio::PortfolioEntry &e, int column) const;

    QList<portfolio::PortfolioEntry> m_entries;
};

} // namespace readiness::ui
