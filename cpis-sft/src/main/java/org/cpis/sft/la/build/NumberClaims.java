package org.cpis.sft.la.build;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cpis.core.model.SubjectKind;
import org.cpis.sft.la.Finding;
import org.cpis.sft.la.LaCode;
import org.cpis.sft.la.check.CheckMessages;
import org.cpis.sft.la.state.HeldRecord;

/**
 * CP-IS holds one entry per NHS number for each LA: a later upload for the number replaces the earlier. So within one
 * LA an NHS number may stand for one child only:
 * <ul>
 *   <li>two children of the export with the same NHS number: neither is sent (one of the numbers is wrong);</li>
 *   <li>a child's own number that is also the mother's number of an unborn child (a young mother on a plan herself):
 *       the child is sent, the unborn child is held back with a problem, as CP-IS cannot hold both;</li>
 *   <li>unborn children of the same mother (twins): the first in the export is sent for the mother, the others are
 *       noted;</li>
 *   <li>a number the export now gives to one child while another child's records still hold it (the number moved):
 *       the old holder's ending or removal record for it is not sent, the new holder's record is;</li>
 *   <li>a number held by a child whose rows could not be read this time stays that child's.</li>
 * </ul>
 */
public final class NumberClaims {

    /**
     * @param reserved NHS numbers held by children whose export rows could not be read, to their local ids
     */
    public List<ChildPlan> resolve(List<ChildPlan> plans, Map<String, String> reserved) {
        Map<String, List<Integer>> claimants = new LinkedHashMap<>();
        for (int i = 0; i < plans.size(); i++) {
            ChildPlan p = plans.get(i);
            if (!p.hasProblem() && p.desiredKey() != null) {
                claimants.computeIfAbsent(p.desiredKey().nhsNumber(), n -> new ArrayList<>()).add(i);
            }
        }
        List<ChildPlan> result = new ArrayList<>(plans);
        Map<String, String> owner = new HashMap<>();
        for (var claim : claimants.entrySet()) {
            String nhs = claim.getKey();
            List<Integer> ids = claim.getValue();
            if (reserved.containsKey(nhs)) {
                for (int i : ids) {
                    result.set(i, result.get(i).heldBack(List.of(shared(plans.get(i), nhs, reserved.get(nhs),
                            " whose export rows could not be read this time"))));
                }
                continue;
            }
            List<Integer> children = ids.stream().filter(i -> plans.get(i).desiredKey().kind() == SubjectKind.CHILD).toList();
            List<Integer> unborn = ids.stream().filter(i -> plans.get(i).desiredKey().kind() == SubjectKind.UNBORN_CHILD).toList();
            if (children.size() > 1) {
                for (int i : ids) {
                    result.set(i, result.get(i).heldBack(List.of(shared(plans.get(i), nhs, others(plans, ids, i), ""))));
                }
                continue;
            }
            if (children.size() == 1) {
                owner.put(nhs, plans.get(children.get(0)).localId());
                for (int i : unborn) {
                    result.set(i, result.get(i).heldBack(List.of(Finding.problem(LaCode.NHS_NUMBER_SHARED,
                            plans.get(i).localId(), "Mother's NHS number " + CheckMessages.spaced(nhs) + " of unborn child "
                                    + plans.get(i).localId() + " is also the NHS number of child "
                                    + plans.get(children.get(0)).localId() + " of this export: CP-IS holds one entry per"
                                    + " NHS number for an LA, so the unborn child's plan cannot be sent. Check the"
                                    + " numbers"))));
                }
                continue;
            }
            owner.put(nhs, plans.get(unborn.get(0)).localId());
            for (int i : unborn.subList(1, unborn.size())) {
                result.set(i, result.get(i).heldBack(List.of(Finding.note(LaCode.NHS_NUMBER_SHARED,
                        plans.get(i).localId(), "Unborn child " + plans.get(i).localId() + " has the same mother ("
                                + CheckMessages.spaced(nhs) + ") as unborn child " + plans.get(unborn.get(0)).localId()
                                + ": CP-IS holds one Unborn Child Protection Plan per mother, sent with "
                                + plans.get(unborn.get(0)).localId()))));
            }
        }
        for (int i = 0; i < result.size(); i++) {
            result.set(i, dropOthersNumbers(result.get(i), owner));
        }
        return result;
    }

    /** Removes from a child the ending or removal of a record whose number another child now holds. */
    private static ChildPlan dropOthersNumbers(ChildPlan p, Map<String, String> owner) {
        List<HeldRecord> held = new ArrayList<>();
        List<HeldRecord> toSend = new ArrayList<>(p.toSend());
        boolean changed = false;
        for (HeldRecord h : p.held()) {
            String o = h.nhsNumber() == null ? null : owner.get(h.nhsNumber());
            boolean ownDesired = p.desiredKey() != null && p.desiredKey().equals(h.key());
            if (o != null && !o.equals(p.localId()) && !ownDesired) {
                toSend.remove(h);
                changed = true;
            } else {
                held.add(h);
            }
        }
        return changed ? p.withHeldAndToSend(held, toSend, List.of()) : p;
    }

    private static String others(List<ChildPlan> plans, List<Integer> ids, int self) {
        return String.join(", ", ids.stream().filter(i -> i != self).map(i -> plans.get(i).localId()).toList());
    }

    private static Finding shared(ChildPlan p, String nhs, String others, String why) {
        boolean unborn = p.desiredKey().kind() == SubjectKind.UNBORN_CHILD;
        return Finding.problem(LaCode.NHS_NUMBER_SHARED, p.localId(), (unborn ? "Mother's NHS number " : "NHS number ")
                + CheckMessages.spaced(nhs) + " of " + (unborn ? "unborn child " : "child ") + p.localId()
                + " is also given for child " + others + why + ": an NHS number belongs to one child. Correct the"
                + " wrong one; neither is sent until then");
    }
}
