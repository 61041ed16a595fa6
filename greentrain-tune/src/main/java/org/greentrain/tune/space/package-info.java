/**
 * Search spaces: float, integer and categorical parameters, optionally conditional on a categorical parent, written as
 * spec strings such as {@code lr=1e-5..0.1:log,layers=1..4:int,opt=adam|sgd,momentum[opt=sgd]=0.5..0.99} (grammar in
 * {@link org.greentrain.tune.space.SpaceParser}) and compared through their canonical form.
 */
package org.greentrain.tune.space;
