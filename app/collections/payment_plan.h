// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace recoup {

/// How often a plan's installments fall due.
enum class PlanFrequency { Week, Fortnight, Month };

/// A payment plan as the user asks for it.
struct PlanRequest
{
    qint64 customerId = 0;
    QList<qint64> debtIds; ///< the debts it takes; empty: all the customer's open debts
    int count = 0; ///< installments after the down payment, 1..120
    PlanFrequency frequency = PlanFrequency::Month;
    QDate firstDate; ///< the first installment's due date, on or after madeOn
    qint64 downPayment = 0; ///< due on the day the plan is made; 0 for none
    QDate madeOn; ///< the day the plan is made; invalid: today
    /// The installments' amounts when the user sets them (count of them, adding
    /// up to the balance less the down payment); empty: split evenly.
    QList<qint64> amounts;
    QString note;
};

/// A debt whose open amount a plan takes.
struct PlanSource
{
    qint64 debtId = 0;
    QString ref;
    QDate dueDate;
    qint64 amount = 0; ///< what it had open when the plan was made
};

/// One installment of a plan: a debt of its own, due on its own date.
struct PlanInstallment
{
    int seq = 0; ///< 0 for the down payment, then 1..count
    QString ref;
    QDate dueDate;
    qint64 amount = 0;
    // As stored and read back as of a date:
    qint64 debtId = 0;
    qint64 open = 0; ///< open on the date it was read
    bool missed = false; ///< still open after its due date plus the grace days
};

/// A plan ready to be saved: what the preview shows is this object, and saving
/// writes exactly it (after checking that the book has not moved meanwhile).
struct PlanDraft
{
    qint64 customerId = 0;
    QString ref; ///< "P-00001"; installments are "P-00001/1" and on
    QDate madeOn;
    PlanFrequency frequency = PlanFrequency::Month;
    QDate firstDate;
    int count = 0;
    qint64 downPayment = 0;
    qint64 balance = 0; ///< the sources' open amounts together
    QString note;
    QList<PlanSource> sources;
    QList<PlanInstallment> installments;

    qint64 installmentTotal() const
    {
        qint64 sum = 0;
        for (const PlanInstallment &i : installments)
            sum += i.amount;
        return sum;
    }
};

/// Where a plan stands as of a date, from the entries alone.
enum class PlanState {
    OnTrack, ///< every installment past its due date plus the grace days was paid by then
    Broken, ///< one was not: a task on the worklist, and the ladder runs on its installments
    Completed ///< every installment paid, none late past the grace days
};

/// A plan as stored, read as of a date.
struct PaymentPlan
{
    qint64 id = 0;
    PlanDraft draft;
    QDateTime recordedAt;
    QString recordedBy;
    PlanState state = PlanState::OnTrack;
    QDate brokenOn; ///< the day it broke (the day after the first missed deadline)
    QString missedRef; ///< the first installment missed
    QDate missedDue;
    qint64 open = 0; ///< what its installments have open on the date
};

} // namespace recoup
