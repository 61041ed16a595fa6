/**
 * {@code greentrain demo} end to end: a fixed {@link org.greentrain.study.demo.DemoDesign} (a small data-reduction
 * study and a small tuning-strategy comparison on built-in data) is run by the {@link
 * org.greentrain.study.demo.DemoRunner} through the two studies' own runners, in one storage checked beforehand by
 * {@link org.greentrain.study.demo.DemoStudies}; {@link org.greentrain.study.demo.DemoSummary} states the findings in
 * three sentences computed from the stored runs, and {@link org.greentrain.study.demo.DemoReport} joins both studies'
 * reports into one.
 */
package org.greentrain.study.demo;
