#pragma once

#include <QSortFilterProxyModel>

namespace readiness::ui {

/// Sorting and filtering of the Portfolio window: a text (file or
/// organisation name), a RAG rating and a state (problems, signed off…).
class PortfolioFilter final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class State { Any, Problems, NotSignedOff, SignedOff, Overdue };

    explicit PortfolioFilter(QObject *parent = nullptr);

    void setText(const QString &text);
    /// readiness::Rag as int; -1: any.
    void setRag(int rag);
    void setState(State state);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    int m_rag = -1;
    State m_state = State::Any;
};

} // namespace readiness::ui
