/** Reading the item catalogue file. */
package dev.realmforge.engine.item.data;
