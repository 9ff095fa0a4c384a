package org.committeeacademy.survey.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/** How many answered 1, 2, 3, 4 and 5 on one item: the distribution, its number of answers and its average. */
public final class ScoreTally {

    private final int[] counts = new int[5];

    public ScoreTally add(int score, int times) {
        if (score < 1 || score > 5) {
            throw new IllegalArgumentException("score " + score);
        }
        counts[score - 1] += times;
        return this;
    }

    public ScoreTally add(ScoreTally other) {
        for (int i = 0; i < counts.length; i++) {
            counts[i] += other.counts[i];
        }
        return this;
    }

    public int answers() {
        int answers = 0;
        for (int count : counts) {
            answers += count;
        }
        return answers;
    }

    public Optional<Double> average() {
        int answers = answers();
        if (answers == 0) {
            return Optional.empty();
        }
        int sum = IntStream.range(0, 5).map(i -> (i + 1) * counts[i]).sum();
        return Optional.of(Math.round(sum * 100.0 / answers) / 100.0);
    }

    public List<Integer> counts() {
        return Arrays.stream(counts).boxed().toList();
    }

    /** The average and distribution when at least {@link Anonymity#MIN_GROUP} people answered, else empty. */
    public Optional<Shown> shownFor(int people) {
        if (!Anonymity.mayShow(people) || !Anonymity.mayShow(answers())) {
            return Optional.empty();
        }
        return Optional.of(new Shown(average().orElseThrow(), counts()));
    }

    public record Shown(double average, List<Integer> counts) {}
}
