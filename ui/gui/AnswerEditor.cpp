#include "AnswerEditor.h"

#include "AnswerValue.h"
#include "PlainText.h"
#include "Questionnaire.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace readiness::ui {

AnswerEditor::AnswerEditor(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    setAccessibleName(tr("Answer"));
}

void AnswerEditor::clear()
{
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    delete m_radios;
    m_radios = nullptr;
    m_radioValues.clear();
    m_combo = nullptr;
    m_list = nullptr;
    m_line = nullptr;
    m_date = nullptr;
}

void AnswerEditor::addRadio(const QString &text, const QString &value, const QString &accessible)
{
    auto *button = new QRadioButton(text, this);
    button->setAccessibleName(accessible);
    m_radios->addButton(button, int(m_radioValues.size()));
    m_radioValues << value;
    m_layout->addWidget(button);
}

void AnswerEditor::setQuestion(const Question &question, const AnswerScale &scale)
{
    m_updating = true;
    clear();
    m_allowNa = question.allowNa;
    const QString naText = scale.naLabel.isEmpty() ? tr("Not applicable") : scale.naLabel.text();
    switch (question.type) {
    case QuestionType::Maturity:
    case QuestionType::YesNo:
        m_radios = new QButtonGroup(this);
        m_radios->setExclusive(true);
        if (question.type == QuestionType::Maturity) {
            for (const ScaleLevel &level : scale.levels) {
                const QString label = u"&%1  %2"_s.arg(level.value).arg(level.label.text());
                addRadio(label, QString::number(level.value),
                         tr("Level %1: %2").arg(level.value).arg(level.label.text()));
                m_radios->buttons().constLast()->setToolTip(PlainText::toolTip(level.description.text()));
            }
        } else {
            addRadio(tr("Yes"), u"yes"_s, tr("Yes"));
            addRadio(tr("No"), u"no"_s, tr("No"));
        }
        if (question.allowNa)
            addRadio(naText, QString(AnswerValue::kNotApplicable), naText);
        connect(m_radios, &QButtonGroup::idClicked, this, [this](int id) {
            if (!m_updating)
                emit valueEdited(m_radioValues.value(id));
        });
        break;
    case QuestionType::Choice:
        m_combo = new QComboBox(this);
        m_combo->setAccessibleName(tr("Choice"));
        m_combo->addItem(tr("(not answered)"), QString());
        for (const ChoiceOption &o : question.options)
            m_combo->addItem(o.label.text(), o.id);
        m_layout->addWidget(m_combo);
        connect(m_combo, &QComboBox::activated, this, [this] {
            if (!m_updating)
                emit valueEdited(m_combo->currentData().toString());
        });
        break;
    case QuestionType::MultiChoice:
        m_list = new QListWidget(this);
        m_list->setAccessibleName(tr("Choices"));
        for (const ChoiceOption &o : question.options) {
            auto *item = new QListWidgetItem(o.label.text(), m_list);
            item->setData(Qt::UserRole, o.id);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            item->setCheckState(Qt::Unchecked);
        }
        m_layout->addWidget(m_list);
        connect(m_list, &QListWidget::itemChanged, this, [this] {
            if (!m_updating)
                emit valueEdited(value());
        });
        break;
    case QuestionType::Text:
        m_line = new QLineEdit(this);
        m_line->setAccessibleName(tr("Answer text"));
        m_layout->addWidget(m_line);
        connect(m_line, &QLineEdit::editingFinished, this, &AnswerEditor::emitIfChanged);
        break;
    case QuestionType::Date:
        m_date = new QDateEdit(this);
        m_date->setAccessibleName(tr("Answer date"));
        m_date->setCalendarPopup(true);
        m_date->setDisplayFormat(u"yyyy-MM-dd"_s);
        // The lowest date stands for "not answered": tabbing through an
        // unanswered date question must not record a date.
        m_date->setMinimumDate(QDate(1900, 1, 1));
        m_date->setSpecialValueText(tr("(not answered)"));
        m_layout->addWidget(m_date);
        connect(m_date, &QDateEdit::editingFinished, this, &AnswerEditor::emitIfChanged);
        break;
    }
    m_updating = false;
}

void AnswerEditor::setValue(const QString &value)
{
    m_updating = true;
    m_stored = value;
    if (m_radios) {
        const int id = int(m_radioValues.indexOf(value));
        if (id >= 0) {
            m_radios->button(id)->setChecked(true);
        } else if (QAbstractButton *checked = m_radios->checkedButton()) {
            m_radios->setExclusive(false);
            checked->setChecked(false);
            m_radios->setExclusive(true);
        }
    } else if (m_combo) {
        m_combo->setCurrentIndex(std::max(0, m_combo->findData(value)));
    } else if (m_list) {
        const QStringList chosen = value.split(u',', Qt::SkipEmptyParts);
        for (int i = 0; i < m_list->count(); ++i) {
            QListWidgetItem *item = m_list->item(i);
            item->setCheckState(chosen.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
        }
    } else if (m_line) {
        if (m_line->text() != value)
            m_line->setText(value);
    } else if (m_date) {
        const QDate date = QDate::fromString(value, Qt::ISODate);
        m_date->setDate(date.isValid() ? date : m_date->minimumDate());
    }
    m_updating = false;
}

QString AnswerEditor::value() const
{
    if (m_radios)
        return m_radioValues.value(m_radios->checkedId());
    if (m_combo)
        return m_combo->currentData().toString();
    if (m_list) {
        QStringList chosen;
        for (int i = 0; i < m_list->count(); ++i)
            if (m_list->item(i)->checkState() == Qt::Checked)
                chosen << m_list->item(i)->data(Qt::UserRole).toString();
        return chosen.join(u',');
    }
    if (m_line)
        return m_line->text();
    if (m_date)
        return m_date->date() == m_date->minimumDate() ? QString() : m_date->date().toString(Qt::ISODate);
    return {};
}

void AnswerEditor::emitIfChanged()
{
    if (m_updating || value() == m_stored)
        return;
    m_stored = value();
    emit valueEdited(m_stored);
}

void AnswerEditor::commitPending()
{
    if (m_line || m_date)
        emitIfChanged();
}

bool AnswerEditor::chooseByKey(const QString &key)
{
    if (!m_radios)
        return false;
    QString wanted = key.toLower();
    if (wanted == u"n"_s) {
        if (!m_allowNa)
            return false;
        wanted = QString(AnswerValue::kNotApplicable);
    }
    const int id = int(m_radioValues.indexOf(wanted));
    if (id < 0)
        return false;
    m_radios->button(id)->setChecked(true);
    emit valueEdited(wanted);
    return true;
}

} // namespace readiness::ui
