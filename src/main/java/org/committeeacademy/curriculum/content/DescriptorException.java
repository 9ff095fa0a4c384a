package org.committeeacademy.curriculum.content;

import java.util.List;

/** A descriptor could not be used; carries every problem found in it. */
public class DescriptorException extends Exception {

    private final List<DescriptorProblem> problems;

    public DescriptorException(List<DescriptorProblem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    public List<DescriptorProblem> problems() {
        return problems;
    }
}
