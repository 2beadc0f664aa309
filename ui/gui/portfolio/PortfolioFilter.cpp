#include "PortfolioFilter.h"

#include "PortfolioModel.h"

namespace readiness::ui {

using portfolio::Problem;
using portfolio::SignOffState;

PortfolioFilter::PortfolioFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(PortfolioModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void PortfolioFilter::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void PortfolioFilter::setRag(int rag)
{
    m_rag = rag;
    invalidateFilter();
}

void PortfolioFilter::setState(State state)
{
    m_state = state;
    invalidateFilter();
}

bool PortfolioFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *m = sourceModel();
    const QModelIndex first = m->index(sourceRow, 0, sourceParent);
    if (!m_text.isEmpty()) {
        const bool inFile = first.data().toString().contains(m_text, Qt::CaseInsensitive);
        const bool inOrganisation = m->index(sourceRow, PortfolioModel::Organisation, sourceParent)
                                        .data()
                                        .toString()
                                        .contains(m_text, Qt::CaseInsensitive);
        if (!inFile && !inOrganisation)
            return false;
    }
    const bool readable = first.data(PortfolioModel::ProblemRole).toInt() == int(Problem::None);
    if (m_rag >= 0 && (!readable || first.data(PortfolioModel::RagRole).toInt() != m_rag))
        return false;
    const int signOff = first.data(PortfolioModel::SignOffRole).toInt();
    switch (m_state) {
    case State::Any:
        return true;
    case State::Problems:
        return !readable;
    case State::NotSignedOff:
        return readable && signOff != int(SignOffState::SignedOff);
    case State::SignedOff:
        return readable && signOff == int(SignOffState::SignedOff);
    case State::Overdue:
        return readable && m->index(sourceRow, PortfolioModel::Overdue, sourceParent).data().toInt() > 0;
    }
    return true;
}

} // namespace readiness::ui
