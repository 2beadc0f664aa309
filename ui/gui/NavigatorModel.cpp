#include "NavigatorModel.h"

#include "AssessmentDocument.h"
#include "Jurisdiction.h"
#include "PlainText.h"
#include "RagColors.h"
#include "ReviewMarks.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace readiness::ui {

namespace {
// internalId: 0 for questionnaires; else the parent's position, 20 bits each.
constexpr quintptr kBits = 20;
constexpr quintptr kMask = (quintptr(1) << kBits) - 1;

quintptr sectionParentId(int questionnaire)
{
    return quintptr(questionnaire + 1);
}

quintptr questionParentId(int questionnaire, int section)
{
    return quintptr(questionnaire + 1) | (quintptr(section + 1) << kBits);
}

QPixmap drawState(NavigatorModel::State state, qreal ratio)
{
    const int size = 16;
    QPixmap pixmap(QSize(size, size) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF r(2.5, 2.5, size - 5, size - 5);
    const QColor text = QGuiApplication::palette().color(QPalette::Text);
    switch (state) {
    case NavigatorModel::State::Unanswered:
        p.setPen(QPen(text, 1.5));
        p.drawEllipse(r);
        break;
    case NavigatorModel::State::Answered:
    case NavigatorModel::State::HasEvidence:
        p.setPen(Qt::NoPen);
        p.setBrush(RagColors::green());
        p.drawEllipse(r);
        if (state == NavigatorModel::State::HasEvidence) {
            // A white square: a page attached.
            p.setBrush(Qt::white);
            p.drawRect(QRectF(6, 5, 4, 6));
        }
        break;
    case NavigatorModel::State::NotApplicableAnswer:
    case NavigatorModel::State::Hidden:
        p.setPen(QPen(QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text), 2));
        p.drawLine(QPointF(4, 8), QPointF(12, 8));
        break;
    case NavigatorModel::State::CriticalGap:
        p.setPen(Qt::NoPen);
        p.setBrush(RagColors::red());
        p.drawEllipse(r);
        p.setPen(QPen(Qt::white, 2));
        p.drawLine(QPointF(8, 5), QPointF(8, 9));
        p.drawPoint(QPointF(8, 11.5));
        break;
    }
    return pixmap;
}
} // namespace

NavigatorModel::NavigatorModel(AssessmentDocument &document, QObject *parent)
    : QAbstractItemModel(parent)
    , m_document(document)
{
    connect(&m_document, &AssessmentDocument::changed, this, &NavigatorModel::onChanged);
}

QIcon NavigatorModel::iconFor(State state)
{
    QIcon icon;
    icon.addPixmap(drawState(state, 1.0));
    icon.addPixmap(drawState(state, 2.0));
    return icon;
}

NavigatorModel::Position NavigatorModel::position(const QModelIndex &index) const
{
    Position p;
    if (!index.isValid())
        return p;
    const quintptr id = index.internalId();
    if (id == 0) {
        p.questionnaire = index.row();
    } else if ((id >> kBits) == 0) {
        p.questionnaire = int(id & kMask) - 1;
        p.section = index.row();
    } else {
        p.questionnaire = int(id & kMask) - 1;
        p.section = int(id >> kBits) - 1;
        p.question = index.row();
    }
    return p;
}

const Question *NavigatorModel::questionAt(const Position &p) const
{
    if (p.question < 0)
        return nullptr;
    return &m_document.questionnaires()
                .at(p.questionnaire)
                .questionnaire.sections.at(p.section)
                .questions.at(p.question);
}

QModelIndex NavigatorModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    const Position p = position(parent);
    if (p.section < 0)
        return createIndex(row, column, sectionParentId(p.questionnaire));
    return createIndex(row, column, questionParentId(p.questionnaire, p.section));
}

QModelIndex NavigatorModel::parent(const QModelIndex &child) const
{
    const Position p = position(child);
    if (p.section < 0)
        return {};
    if (p.question < 0)
        return createIndex(p.questionnaire, 0, quintptr(0));
    return createIndex(p.section, 0, sectionParentId(p.questionnaire));
}

int NavigatorModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    const Position p = position(parent);
    if (p.questionnaire < 0)
        return int(m_document.questionnaires().size());
    const Questionnaire &q = m_document.questionnaires().at(p.questionnaire).questionnaire;
    if (p.section < 0)
        return int(q.sections.size());
    if (p.question < 0)
        return int(q.sections.at(p.section).questions.size());
    return 0;
}

int NavigatorModel::columnCount(const QModelIndex &) const
{
    return 1;
}

Qt::ItemFlags NavigatorModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

NavigatorModel::State NavigatorModel::stateOf(qint64 questionnaireRef, const QString &questionId) const
{
    const AssessmentDocument::QuestionnaireEntry *entry = m_document.questionnaire(questionnaireRef);
    const Question *question = entry ? entry->questionnaire.question(questionId) : nullptr;
    if (!question)
        return State::Unanswered;
    if (!m_document.applies(questionnaireRef, *question))
        return State::Hidden;
    const QString value = entry->answers.value(questionId);
    if (value.isEmpty())
        return State::Unanswered;
    if (AnswerValue::isNotApplicable(value))
        return State::NotApplicableAnswer;
    if (AnswerValue::isCriticalGap(*question, entry->questionnaire.scale, value))
        return State::CriticalGap;
    if (!m_document.evidenceFor(questionnaireRef, questionId).isEmpty())
        return State::HasEvidence;
    return State::Answered;
}

QString NavigatorModel::progressText(int questionnaire, int section) const
{
    const AssessmentDocument::QuestionnaireEntry &entry = m_document.questionnaires().at(questionnaire);
    int applicable = 0;
    int answered = 0;
    for (const Question &q : entry.questionnaire.sections.at(section).questions) {
        if (!m_document.applies(entry.ref, q))
            continue;
        ++applicable;
        if (entry.answers.contains(q.id))
            ++answered;
    }
    return u"%1/%2"_s.arg(answered).arg(applicable);
}

QString NavigatorModel::hiddenReason(int questionnaire, const Question &question) const
{
    if (m_document.outsideJurisdiction(question))
        return tr("Does not apply to %1: this question is for %2 only.")
            .arg(Jurisdiction::displayName(m_document.organisation().country, LocalizedText::defaultLanguage()),
                 question.jurisdictions.join(u", "_s));
    if (!question.appliesIf)
        return {};
    const Questionnaire &q = m_document.questionnaires().at(questionnaire).questionnaire;
    const Condition &c = *question.appliesIf;
    const Question *scoping = q.question(c.questionId);
    QStringList values;
    for (const QString &v : c.values)
        values << (scoping ? AnswerValue::display(*scoping, q.scale, v) : v);
    const QString text = scoping ? scoping->text.text() : c.questionId;
    switch (c.test) {
    case Condition::Test::Equals:
    case Condition::Test::In:
        return tr("Not applicable: applies only if “%1” is answered %2.").arg(text, values.join(tr(" or ")));
    case Condition::Test::NotEquals:
        return tr("Not applicable: applies only if “%1” is not answered %2.").arg(text, values.join(tr(" or ")));
    case Condition::Test::Contains:
        return tr("Not applicable: applies only if “%1” includes %2.").arg(text, values.join(tr(" or ")));
    }
    return {};
}

QVariant NavigatorModel::data(const QModelIndex &index, int role) const
{
    // Tooltips quote questionnaire text and answers: shown as written.
    if (role == Qt::ToolTipRole)
        return PlainText::toolTip(itemData(index, role).toString());
    return itemData(index, role);
}

QVariant NavigatorModel::itemData(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Position p = position(index);
    const AssessmentDocument::QuestionnaireEntry &entry = m_document.questionnaires().at(p.questionnaire);
    const Questionnaire &q = entry.questionnaire;
    if (role == KindRole)
        return p.section < 0 ? 0 : (p.question < 0 ? 1 : 2);
    if (role == QuestionnaireRefRole)
        return entry.ref;
    if (p.section < 0) {
        if (role == Qt::DisplayRole || role == SearchTextRole)
            return q.title.text();
        if (role == Qt::ToolTipRole)
            return u"%1 %2"_s.arg(q.id, q.version);
        return {};
    }
    const Section &section = q.sections.at(p.section);
    if (p.question < 0) {
        const int toReview = m_marks ? m_marks->toReviewCount(entry.ref, section) : 0;
        switch (role) {
        case ToReviewRole:
            return toReview;
        case Qt::DisplayRole:
            if (toReview > 0)
                return tr("%1  (%2, %3 to review)")
                    .arg(section.title.text(), progressText(p.questionnaire, p.section))
                    .arg(toReview);
            return u"%1  (%2)"_s.arg(section.title.text(), progressText(p.questionnaire, p.section));
        case SearchTextRole:
            return QString(section.title.text() + u' ' + section.references.join(u' '));
        case Qt::ToolTipRole:
            return tr("%1 of the applicable questions answered").arg(progressText(p.questionnaire, p.section));
        default:
            return {};
        }
    }
    const Question &question = section.questions.at(p.question);
    const bool toReview = m_marks && m_marks->isToReview(entry.ref, question.id);
    if (role == ToReviewRole)
        return toReview;
    if (toReview && role == Qt::DisplayRole)
        return tr("[to review] %1").arg(question.text.text());
    if (toReview && role == Qt::ToolTipRole)
        return tr("Carried over from the previous assessment and not reviewed yet: confirm or change the answer.");
    switch (role) {
    case Qt::DisplayRole:
        return question.text.text();
    case SearchTextRole:
        return QString(question.text.text() + u' ' + question.id + u' ' + question.references.join(u' '));
    case QuestionIdRole:
        return question.id;
    case StateRole:
        return QVariant::fromValue(stateOf(entry.ref, question.id));
    case Qt::DecorationRole:
        return iconFor(stateOf(entry.ref, question.id));
    case Qt::ForegroundRole:
        if (stateOf(entry.ref, question.id) == State::Hidden)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::ToolTipRole:
        switch (stateOf(entry.ref, question.id)) {
        case State::Unanswered:
            return tr("Not answered yet");
        case State::Answered:
            return tr("Answered: %1").arg(AnswerValue::display(question, q.scale, entry.answers.value(question.id)));
        case State::NotApplicableAnswer:
            return tr("Answered not applicable");
        case State::HasEvidence:
            return tr("Answered, with evidence: %1")
                .arg(AnswerValue::display(question, q.scale, entry.answers.value(question.id)));
        case State::CriticalGap:
            return tr("Critical gap: %1")
                .arg(AnswerValue::display(question, q.scale, entry.answers.value(question.id)));
        case State::Hidden:
            return hiddenReason(p.questionnaire, question);
        }
        return {};
    default:
        return {};
    }
}

QModelIndex NavigatorModel::indexOfQuestion(qint64 questionnaireRef, const QString &questionId) const
{
    const auto &entries = m_document.questionnaires();
    for (int qi = 0; qi < entries.size(); ++qi) {
        if (entries.at(qi).ref != questionnaireRef)
            continue;
        const Questionnaire &q = entries.at(qi).questionnaire;
        const int si = q.sectionIndexOf(questionId);
        if (si < 0)
            return {};
        const auto &questions = q.sections.at(si).questions;
        for (int i = 0; i < questions.size(); ++i)
            if (questions.at(i).id == questionId)
                return createIndex(i, 0, questionParentId(qi, si));
    }
    return {};
}

void NavigatorModel::refreshQuestionnaire(int questionnaire)
{
    // applies_if can change any question of the questionnaire: refresh all.
    const Questionnaire &q = m_document.questionnaires().at(questionnaire).questionnaire;
    if (q.sections.isEmpty())
        return;
    emit dataChanged(createIndex(0, 0, sectionParentId(questionnaire)),
                     createIndex(int(q.sections.size()) - 1, 0, sectionParentId(questionnaire)));
    for (int s = 0; s < q.sections.size(); ++s) {
        const int n = int(q.sections.at(s).questions.size());
        if (n > 0)
            emit dataChanged(createIndex(0, 0, questionParentId(questionnaire, s)),
                             createIndex(n - 1, 0, questionParentId(questionnaire, s)));
    }
}

void NavigatorModel::onChanged(const ChangeEvent &event)
{
    switch (event.kind) {
    case ChangeEvent::Kind::Answer:
    case ChangeEvent::Kind::Evidence:
    case ChangeEvent::Kind::Organisation: // its country decides which questions apply
        for (int i = 0; i < m_document.questionnaires().size(); ++i)
            if (m_document.questionnaires().at(i).ref == event.questionnaireRef || event.questionnaireRef == 0)
                refreshQuestionnaire(i);
        break;
    case ChangeEvent::Kind::Assessment:
        beginResetModel();
        endResetModel();
        break;
    default:
        break;
    }
}

} // namespace readiness::ui
