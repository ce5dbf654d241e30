package de.kim.bench.commands;

import java.util.Random;

/** Picks an index with the given weights. */
final class Weighted {
    private Weighted() {
    }

    static int index(int[] weights, Random random) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int pick = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            pick -= weights[i];
            if (pick < 0) {
                return i;
            }
        }
        return 0;
    }
}
