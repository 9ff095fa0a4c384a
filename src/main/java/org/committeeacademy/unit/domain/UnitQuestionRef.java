package org.committeeacademy.unit.domain;

/** Which question of which unit of which module: the keys from modules/, stable across content versions. */
public record UnitQuestionRef(String moduleKey, String unitKey, String questionKey) {

    public boolean inUnit(String module, String unit) {
        return moduleKey.equals(module) && unitKey.equals(unit);
    }
}
