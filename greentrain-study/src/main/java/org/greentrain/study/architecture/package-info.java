/**
 * The tuning paper's RQ2 as a study kind: which layer types cost the energy of training. An
 * {@link org.greentrain.study.architecture.ArchitectureRunner} runs the factorial ablation of an
 * {@link org.greentrain.study.architecture.ArchitectureDesign} (SimpleCNN with 1 or 4 conv blocks, 3 or 7 linear
 * layers, ReLU off or on, by default) and then profiles every cell under PyTorch's operator profiler; an
 * {@link org.greentrain.study.architecture.ArchitectureStudy} keeps both in the study storage, so the study resumes at
 * the last finished run or profile; {@link org.greentrain.study.architecture.ArchitectureReport} turns it into the
 * report: effects per factor (Kruskal-Wallis, η², mean energy increase) beside the paper's, the Table V clusters,
 * accuracy against energy with the Pareto front, and energy per layer type per cell.
 */
package org.greentrain.study.architecture;
